package io.github.bitget4j.ws;

/** Receives the pushes of one subscription: {@code client.subscribe(topic, update -> ...)}. */
@FunctionalInterface
public interface WsUpdateHandler {

    /**
     * Handles one push, on the socket's thread: return quickly. A handler that throws is reported to the listeners
     * as a {@link io.github.bitget4j.errors.WsHandlerException}; the socket carries on.
     *
     * @param update the push
     */
    void onUpdate(WsUpdate update);
}
