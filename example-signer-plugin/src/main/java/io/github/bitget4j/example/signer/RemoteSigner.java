package io.github.bitget4j.example.signer;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs each prehash to the key's URL and returns the service's answer as the signature. The key's
 * existence and the token are checked once, when the client is built (a GET of the key URL), so a wrong
 * URL or token fails there. One {@link HttpClient} per signer, safe for many virtual threads.
 */
final class RemoteSigner implements Signer {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final URI keyUri;
    private final String authorization;
    private final HttpClient http;
    private volatile boolean closed;

    RemoteSigner(URI keyUri, String token) {
        this.keyUri = keyUri;
        this.authorization = "Bearer " + token;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            HttpResponse<Void> probe = send(HttpRequest.newBuilder(keyUri).GET(), HttpResponse.BodyHandlers.discarding());
            if (probe.statusCode() != 200) {
                throw new SignerException("the signing service answered HTTP " + probe.statusCode() + " for the key "
                        + keyUri + (probe.statusCode() == 401 || probe.statusCode() == 403 ? " (is the token right?)" : ""));
            }
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    @Override
    public String sign(byte[] message) {
        if (closed) {
            throw new SignerException("this remote signer has been closed");
        }
        HttpResponse<String> response = send(HttpRequest.newBuilder(keyUri)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(message)), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().isBlank()) {
            throw new SignerException("the signing service answered HTTP " + response.statusCode() + " for " + keyUri);
        }
        return response.body().strip();
    }

    @Override
    public void close() {
        closed = true;
        http.close();
    }

    @Override
    public String toString() {
        return "RemoteSigner[" + keyUri + ", token=<redacted>]";
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.header("Authorization", authorization).timeout(TIMEOUT).build(), body);
        } catch (IOException e) {
            throw new SignerException("the signing service at " + keyUri + " cannot be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignerException("interrupted while waiting for the signing service", e);
        }
    }
}
