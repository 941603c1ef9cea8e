package io.github.bitget4j.benchmarks.load;

import io.github.bitget4j.spi.HttpRequest;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;

/**
 * The limit: a bare Jetty {@link HttpClient} (Jetty's defaults, the SDK's pool size) sending requests that were
 * built and signed before the run, so that it does no serialising, signing or decoding at all.
 */
final class RawJettyCalls implements InJvmPhase.Call, AutoCloseable {

    private static final byte[] SUCCESS_PREFIX = "{\"code\":\"00000\"".getBytes(StandardCharsets.US_ASCII);

    private final HttpClient client = new HttpClient();
    private final HttpRequest get;
    private final HttpRequest post;
    private final URI getUri;
    private final URI postUri;

    RawJettyCalls(List<HttpRequest> preSigned, int maxConnections) throws Exception {
        this.get = preSigned.get(0);
        this.post = preSigned.get(1);
        this.getUri = URI.create(get.url());
        this.postUri = URI.create(post.url());
        client.setMaxConnectionsPerDestination(maxConnections);
        client.setMaxRequestsQueuedPerDestination(65_536);
        client.start();
    }

    @Override
    public void run(long n) throws Exception {
        HttpRequest prepared = n % 2 == 0 ? get : post;
        Request request = client.newRequest(n % 2 == 0 ? getUri : postUri).method(prepared.method())
                .headers(headers -> prepared.headers().forEach(headers::add));
        if (prepared.body().length > 0) {
            // no content type here: the pre-built headers carry it, as the SDK sends it
            request.body(new BytesRequestContent((String) null, prepared.body()));
        }
        ContentResponse response = request.send();
        if (response.getStatus() != 200 || !startsWithSuccess(response.getContent())) {
            throw new IOException("HTTP " + response.getStatus() + ": " + response.getContentAsString());
        }
    }

    private static boolean startsWithSuccess(byte[] body) {
        return Arrays.equals(body, 0, Math.min(body.length, SUCCESS_PREFIX.length), SUCCESS_PREFIX, 0,
                SUCCESS_PREFIX.length);
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the bare Jetty client", e);
        }
    }
}
