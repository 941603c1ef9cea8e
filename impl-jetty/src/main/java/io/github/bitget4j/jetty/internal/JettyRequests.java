package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.TransportSettings;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;

/** Turns an SPI {@link HttpRequest} into a Jetty request that puts the same bytes on the wire. */
final class JettyRequests {

    private static final HttpField CONNECTION_CLOSE = new HttpField(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE);

    private final HttpClient client;
    private final long timeoutMillis;
    private final boolean keepAlive;

    JettyRequests(HttpClient client, TransportSettings settings) {
        this.client = client;
        this.timeoutMillis = JettyHttpClients.millis(settings.requestTimeout());
        this.keepAlive = settings.keepAlive();
    }

    /** Each phase of an exchange (waiting for a connection, then for the response) may take this long; 0: no limit. */
    long timeoutMillis() {
        return timeoutMillis;
    }

    /** @throws io.github.bitget4j.spi.TransportException REJECTED when a header cannot go on the wire exactly as given */
    Request toJetty(HttpRequest request) {
        request.requireSendableHeaders(); // Jetty would replace a control or non-Latin-1 character with a space
        // Jetty keeps the raw path and query of the java.net.URI and writes them out unchanged
        // (HttpRequest.getPath/getQuery -> HttpURI -> request line): the signed query is sent as is.
        Request jetty = client.newRequest(URI.create(request.url())).method(request.method());
        if (timeoutMillis > 0) {
            // No Jetty total timeout: it would count the queue time (JettyHttpTransport times the two phases).
            // While an exchange runs, silence is bounded by the same time; keepAliveIdle is for pooled connections.
            jetty.idleTimeout(timeoutMillis, TimeUnit.MILLISECONDS);
        }
        jetty.headers(headers -> copyHeaders(request.headers(), headers));
        if (request.body().length > 0 || sendsBodyByConvention(request.method())) {
            // No content type here: Jetty then leaves the caller's Content-Type header (or its absence) alone.
            jetty.body(new BytesRequestContent((String) null, request.body()));
        }
        return jetty;
    }

    private void copyHeaders(Map<String, String> given, HttpFields.Mutable headers) {
        given.forEach((name, value) -> {
            if (isPresetByJetty(name)) {
                headers.put(name, value); // the caller's value replaces the client default
            } else {
                headers.add(name, value);
            }
        });
        if (!keepAlive) {
            headers.put(CONNECTION_CLOSE); // Jetty closes the connection after this exchange
        }
    }

    /** Jetty puts User-Agent and Accept-Encoding on every new request. */
    private static boolean isPresetByJetty(String name) {
        return HttpHeader.USER_AGENT.is(name) || HttpHeader.ACCEPT_ENCODING.is(name);
    }

    /** A POST without parameters still says Content-Length: 0, which some proxies insist on. */
    private static boolean sendsBodyByConvention(String method) {
        return method.equalsIgnoreCase("POST") || method.equalsIgnoreCase("PUT") || method.equalsIgnoreCase("PATCH");
    }
}
