package io.github.bitget4j.spi;

/**
 * A blocking HTTP exchange. {@link #send} is called from many (virtual) threads at once; it blocks the
 * caller until the response is complete, and honours {@link Thread#interrupt()}.
 * The transport is owned and closed by whoever created it (a client closes the transport it created).
 * {@code HttpTransportContract} in {@code bitget4j-testkit} checks an implementation against this contract.
 */
public interface HttpTransport extends AutoCloseable {

    /**
     * Sends the request verbatim and returns the response, whatever its status.
     *
     * @param request the request, sent verbatim
     * @return the response; a 4xx or 5xx is a response, not an exception
     * @throws TransportException when no response could be had (refused, reset, timed out, interrupted)
     */
    HttpResponse send(HttpRequest request);

    /** Stops the transport and frees its threads and connections. Idempotent. */
    @Override
    void close();
}
