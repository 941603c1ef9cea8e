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
     * @throws TransportException when the connection cannot be opened
     */
    WebSocketConnection connect(URI uri, WebSocketListener listener);

    @Override
    void close();
}
