package io.github.bitget4j.spi;

import java.net.URI;

/**
 * Opens WebSocket connections. Owned and closed by whoever created it; closing it closes every
 * connection it opened. {@code WebSocketTransportContract} in {@code bitget4j-testkit} checks an implementation.
 */
public interface WebSocketTransport extends AutoCloseable {

    /**
     * Opens a connection and blocks until it is open or failed (within the connect timeout).
     * Callbacks of {@code listener} arrive on transport threads, one at a time per connection, in order.
     *
     * @param uri the URI to connect to
     * @param listener receives the connection's events
     * @return the open connection
     * @throws TransportException when the connection cannot be opened
     */
    WebSocketConnection connect(URI uri, WebSocketListener listener);

    /** Closes every connection this transport opened and frees its threads. Idempotent. */
    @Override
    void close();
}
