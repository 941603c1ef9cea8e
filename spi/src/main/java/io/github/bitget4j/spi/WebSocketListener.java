package io.github.bitget4j.spi;

/** Callbacks of one WebSocket connection; every method does nothing by default. */
public interface WebSocketListener {

    /**
     * The connection is open and may be written to.
     *
     * @param connection the connection, the same object {@link WebSocketTransport#connect} returns
     */
    default void onOpen(WebSocketConnection connection) {
    }

    /**
     * A complete text message.
     *
     * @param text the message's text
     */
    default void onText(String text) {
    }

    /**
     * The connection is closed, by either side or by a failure (then {@link #onError} came first).
     *
     * @param statusCode the WebSocket close status code (1006 when the connection broke without a close frame)
     * @param reason the reason given, possibly empty
     */
    default void onClose(int statusCode, String reason) {
    }

    /**
     * The connection failed (a broken socket, a protocol error); {@link #onClose} follows.
     *
     * @param error what happened
     */
    default void onError(Throwable error) {
    }
}
