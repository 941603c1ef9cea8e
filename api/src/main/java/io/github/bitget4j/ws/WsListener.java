package io.github.bitget4j.ws;

import java.time.Duration;

/**
 * Everything that happens on a client's sockets. Every method does nothing by default: override what you need.
 * Callbacks of one socket arrive one at a time, in order, on that socket's delivery thread (a virtual thread), never
 * on the thread reading the socket: a slow callback delays neither WS API replies nor the heartbeat. Up to 10,000
 * callbacks wait for a slow consumer; past that the oldest are dropped and counted in a
 * {@link io.github.bitget4j.errors.WsUpdatesDroppedException} sent to {@link #onException}. An exception thrown by
 * a callback or a subscription handler is caught, reported to {@link #onException} as a
 * {@link io.github.bitget4j.errors.WsHandlerException} naming the topic, and logged at WARNING once per burst; it
 * never harms the socket or the other handlers.
 */
public interface WsListener {

    /**
     * The socket is connected (before login, for a private socket).
     *
     * @param socket which socket
     */
    default void onOpen(WsKey socket) {
    }

    /**
     * A push of a subscribed topic (snapshot or update).
     *
     * @param update the push, with its topic and raw message
     */
    default void onUpdate(WsUpdate update) {
    }

    /**
     * Any other message: subscribe/unsubscribe acks, errors Bitget sends, unrecognised frames.
     *
     * @param response the message, parsed
     */
    default void onResponse(WsResponse response) {
    }

    /**
     * A private socket's login was accepted; private topics are (re)subscribed next.
     *
     * @param socket which socket
     */
    default void onAuthenticated(WsKey socket) {
    }

    /**
     * The socket dropped (or could not be opened) and will be opened again after {@code delay}.
     *
     * @param attempt 1 for the first attempt after a drop, then 2, 3, ...
     * @param socket which socket
     * @param delay the wait before this attempt (backoff with jitter)
     */
    default void onReconnecting(WsKey socket, int attempt, Duration delay) {
    }

    /**
     * The socket is open again, logged in (when private) and every subscription was sent again.
     *
     * @param socket which socket
     * @param attempts how many attempts it took
     */
    default void onReconnected(WsKey socket, int attempts) {
    }

    /**
     * Something went wrong that a caller could not be told about by an exception: a login refused on reconnect,
     * an error frame, a malformed frame, a book checksum mismatch, a handler or listener that threw. The socket
     * carries on. Without any listener these are logged at WARNING (once per burst).
     *
     * @param socket which socket
     * @param error what happened, usually a {@link io.github.bitget4j.errors.BitgetException} subclass
     */
    default void onException(WsKey socket, Throwable error) {
    }

    /**
     * The connection closed, by either side or by a failure; a reconnect follows unless the client is closing.
     *
     * @param socket which socket
     * @param statusCode the WebSocket close status code (1006 when the connection broke)
     * @param reason the reason given, possibly empty
     */
    default void onClose(WsKey socket, int statusCode, String reason) {
    }
}
