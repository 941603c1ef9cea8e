package io.github.bitget4j.ws;

/** Receives the pushes of one subscription: {@code client.subscribe(topic, update -> ...)}. */
@FunctionalInterface
public interface WsUpdateHandler {

    void onUpdate(WsUpdate update);
}
