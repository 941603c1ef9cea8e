package io.github.bitget4j.ws;

/**
 * Receives the pushes of a typed subscription: {@code client.subscribe(typedTopic, push -> use(push.data()))}.
 *
 * @param <R> the channel's push record
 */
@FunctionalInterface
public interface WsPushHandler<R> {

    /**
     * Handles one push, on the socket's thread: return quickly. A handler that throws is reported to the listeners
     * as a {@link io.github.bitget4j.errors.WsHandlerException}; the socket carries on.
     *
     * @param push the decoded push
     */
    void onPush(WsPush<R> push);
}
