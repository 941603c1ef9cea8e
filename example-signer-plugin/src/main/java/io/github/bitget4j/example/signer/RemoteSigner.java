package io.github.bitget4j.example.signer;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * POSTs each prehash to the key's URL and returns the service's answer as the signature. The key's
 * existence and the token are checked once, when the client is built (a GET of the key URL), so a wrong
 * URL or token fails there. One {@link HttpClient} per signer, safe for many virtual threads.
 *
 * <p>At most {@code maxConnections} requests are in flight at once; further callers wait for a permit (up to
 * {@link #PERMIT_WAIT}). The JDK client opens a connection per concurrent HTTP/1.1 request and keeps it for
 * reuse, so without this bound 1,000 virtual threads would open 1,000 connections to the signing service
 * (and overflow its listen backlog); with it, they share a handful.
 */
final class RemoteSigner implements Signer {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** How long a caller waits for a free connection before failing; generous, since signing is quick. */
    static final Duration PERMIT_WAIT = Duration.ofSeconds(60);

    private final URI keyUri;
    private final String authorization;
    private final HttpClient http;
    private final Semaphore inFlight;
    private volatile boolean closed;

    RemoteSigner(URI keyUri, String token, int maxConnections) {
        this.keyUri = keyUri;
        this.authorization = "Bearer " + token;
        this.http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        this.inFlight = new Semaphore(maxConnections, true);
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
            if (!inFlight.tryAcquire(PERMIT_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new SignerException("the signing service at " + keyUri + " is busy: no free connection within "
                        + PERMIT_WAIT.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignerException("interrupted while waiting for a connection to the signing service", e);
        }
        try {
            return http.send(request.header("Authorization", authorization).timeout(TIMEOUT).build(), body);
        } catch (IOException e) {
            throw new SignerException("the signing service at " + keyUri + " cannot be reached (" + e.getClass().getSimpleName() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignerException("interrupted while waiting for the signing service", e);
        } finally {
            inFlight.release();
        }
    }
}
