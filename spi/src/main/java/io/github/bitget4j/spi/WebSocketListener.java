package io.github.bitget4j.spi;

/** Callbacks of one WebSocket connection; every method does nothing by default. */
public interface WebSocketListener {

    default void onOpen(WebSocketConnection connection) {
    }

    /** A complete text message. */
    default void onText(String text) {
    }

    /** The connection is closed, by either side or by a failure (then {@link #onError} came first). */
    default void onClose(int statusCode, String reason) {
    }

    default void onError(Throwable error) {
    }
}
