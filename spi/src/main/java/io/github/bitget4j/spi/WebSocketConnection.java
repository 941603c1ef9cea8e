package io.github.bitget4j.spi;

/** One open WebSocket connection. Safe to use from several threads. */
public interface WebSocketConnection {

    /**
     * Queues a text frame and blocks until it is written to the socket.
     *
     * @param text the frame's text
     * @throws TransportException when the connection is closed or the write fails
     */
    void sendText(String text);

    /**
     * Starts a close handshake with the given status code; idempotent.
     *
     * @param code the WebSocket close status code, e.g. 1000 for a normal close
     * @param reason a short reason, sent in the close frame
     */
    void close(int code, String reason);

    /** Drops the connection at once without a close handshake (used when it is found dead). */
    void abort();

    /** {@return true until the connection is closed or aborted} */
    boolean isOpen();
}
