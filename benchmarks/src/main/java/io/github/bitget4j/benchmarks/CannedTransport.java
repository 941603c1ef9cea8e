package io.github.bitget4j.benchmarks;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An in-memory transport that answers every request with the same response: takes the network out of a
 * measurement, and lets the load harness capture the exact request the SDK would send.
 */
public final class CannedTransport implements HttpTransport {

    private final HttpResponse response;
    private volatile @Nullable HttpRequest last;

    public CannedTransport(byte[] body) {
        this.response = new HttpResponse(200, Map.of(), body);
    }

    @Override
    public HttpResponse send(HttpRequest request) {
        last = request;
        return response;
    }

    /** The last request sent, or null before the first. */
    public @Nullable HttpRequest lastRequest() {
        return last;
    }

    @Override
    public void close() {
    }
}
