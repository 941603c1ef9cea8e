package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.client.BasicAuthentication;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.HttpClientTransport;
import org.eclipse.jetty.client.transport.HttpClientConnectionFactory;
import org.eclipse.jetty.client.transport.HttpClientTransportDynamic;
import org.eclipse.jetty.http2.client.HTTP2Client;
import org.eclipse.jetty.http2.client.transport.ClientConnectionFactoryOverHTTP2;
import org.eclipse.jetty.io.ClientConnectionFactory;
import org.eclipse.jetty.io.ClientConnector;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.client.HttpProxy;
import org.eclipse.jetty.client.ProxyAuthenticationProtocolHandler;
import org.eclipse.jetty.client.RedirectProtocolHandler;
import org.eclipse.jetty.client.Socks5;
import org.eclipse.jetty.client.Socks5Proxy;
import org.eclipse.jetty.client.WWWAuthenticationProtocolHandler;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.jspecify.annotations.Nullable;

/**
 * Builds the one Jetty {@link HttpClient} a transport owns, configured from {@link TransportSettings}.
 * Kept apart from the HTTP transport so the WebSocket transport can build its client the same way.
 */
final class JettyHttpClients {

    private static final AtomicInteger CLIENT_NUMBERS = new AtomicInteger();

    private JettyHttpClients() {
    }

    /** A started client for HTTP exchanges; the caller stops it. */
    static HttpClient newStartedClient(TransportSettings settings) {
        return newStartedClient(settings, "bitget4j-http-");
    }

    /**
     * A started client; the caller stops it.
     *
     * @param namePrefix names the client and its threads, e.g. {@code bitget4j-ws-}, so a thread dump tells
     *                   which transport a thread belongs to
     */
    static HttpClient newStartedClient(TransportSettings settings, String namePrefix) {
        String name = namePrefix + CLIENT_NUMBERS.incrementAndGet();
        HttpClient client = new HttpClient(newClientTransport(settings));
        if (settings.httpVersion() == HttpVersion.HTTP_2) {
            client.addBean(new Http2OnlyHandshakeCheck()); // a server without h2 fails the handshake: nothing sent
        }
        client.setName(name);
        client.setExecutor(new VirtualThreadExecutor(name + "-"));
        // Timeouts need one platform thread; daemon, so an unclosed client never keeps the JVM alive.
        client.setScheduler(new ScheduledExecutorScheduler(name + "-scheduler", true));
        client.setConnectTimeout(millis(settings.connectTimeout()));
        client.setIdleTimeout(millis(settings.keepAliveIdle()));
        client.setMaxConnectionsPerDestination(settings.maxConnectionsPerHost());
        client.setMaxRequestsQueuedPerDestination(settings.maxQueuedRequestsPerHost());
        client.setFollowRedirects(false);
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
        // Content-Type comes from the caller's headers only; Jetty must not invent application/octet-stream.
        client.setDefaultRequestContentType(null);
        configureProxy(client, settings.proxy());
        try {
            client.start();
        } catch (Exception e) {
            stopQuietly(client);
            throw new IllegalStateException("could not start the Jetty HTTP client", e);
        }
        // These handlers resend a request after a 401, 407 or 3xx. A signed request must go out at most
        // once, and a caller wants to see those responses; the handlers are only installed by start().
        client.getProtocolHandlers().remove(WWWAuthenticationProtocolHandler.NAME);
        client.getProtocolHandlers().remove(ProxyAuthenticationProtocolHandler.NAME);
        client.getProtocolHandlers().remove(RedirectProtocolHandler.NAME);
        return client;
    }

    /**
     * HTTP/1.1, HTTP/2, or both with ALPN choosing over TLS. With both, plain {@code http://} uses the first: HTTP/1.1.
     * Certificates are checked against the settings' trust store when there is one, and host names always.
     */
    private static HttpClientTransport newClientTransport(TransportSettings settings) {
        SslContextFactory.Client tls = new SslContextFactory.Client();
        tls.setEndpointIdentificationAlgorithm("HTTPS");
        if (settings.trustStore() != null) {
            tls.setTrustStore(settings.trustStore());
        }
        ClientConnector connector = new ClientConnector();
        connector.setSslContextFactory(tls);

        ClientConnectionFactory.Info http11 = HttpClientConnectionFactory.HTTP11;
        ClientConnectionFactory.Info http2 = new ClientConnectionFactoryOverHTTP2.HTTP2(new HTTP2Client(connector));
        HttpClientTransport transport = switch (settings.httpVersion()) {
            case AUTO -> new HttpClientTransportDynamic(connector, http11, http2);
            case HTTP_1_1 -> new HttpClientTransportDynamic(connector, http11);
            case HTTP_2 -> new HttpClientTransportDynamic(connector, http2);
        };
        boolean http2Only = settings.httpVersion() == HttpVersion.HTTP_2;
        transport.setConnectionPoolFactory(destination -> new OneAtATimeHttp2Pool(destination,
                destination.getHttpClient().getMaxConnectionsPerDestination(), http2Only));
        return transport;
    }

    static void stopQuietly(HttpClient client) {
        try {
            client.stop();
        } catch (Exception ignored) {
            // stopping is best effort: the client is being thrown away
        }
    }

    private static void configureProxy(HttpClient client, @Nullable ProxySettings proxy) {
        if (proxy == null) {
            return;
        }
        String user = proxy.username();
        String password = proxy.password() == null ? "" : proxy.password();
        switch (proxy.type()) {
            case HTTP -> {
                HttpProxy httpProxy = new HttpProxy(proxy.host(), proxy.port());
                client.getProxyConfiguration().addProxy(httpProxy);
                if (user != null) {
                    // Sent up front on every proxied request and on CONNECT, never to the server behind.
                    client.getAuthenticationStore().addAuthenticationResult(new BasicAuthentication.BasicResult(
                            httpProxy.getURI(), HttpHeader.PROXY_AUTHORIZATION, user, password,
                            StandardCharsets.UTF_8));
                }
            }
            case SOCKS5 -> {
                Socks5Proxy socksProxy = new Socks5Proxy(proxy.host(), proxy.port());
                if (user != null) {
                    socksProxy.putAuthenticationFactory(new Socks5.UsernamePasswordAuthenticationFactory(
                            user, password, StandardCharsets.UTF_8));
                }
                client.getProxyConfiguration().addProxy(socksProxy);
            }
        }
    }

    /** Jetty reads 0 as "no limit"; so do we for zero or negative durations. */
    static long millis(Duration duration) {
        return duration.isNegative() ? 0 : duration.toMillis();
    }
}
