package io.github.bitget4j.ws;

/**
 * Receives the pushes of a typed subscription: {@code client.subscribe(typedTopic, push -> use(push.data()))}.
 *
 * @param <R> the channel's push record
 */
@FunctionalInterface
public interface WsPushHandler<R> {

    void onPush(WsPush<R> push);
}
