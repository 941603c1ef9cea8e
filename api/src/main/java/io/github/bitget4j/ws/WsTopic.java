package io.github.bitget4j.ws;

import com.google.gson.JsonObject;

/**
 * One subscription argument: {@link WsTopicV2} (channels of the classic account) or {@link WsTopicV3}
 * (topics of the unified trading account). Two topics are the same subscription when {@link #key()} is equal.
 */
public sealed interface WsTopic permits WsTopicV2, WsTopicV3 {

    /** {@return the socket this topic is subscribed on} */
    WsKey socket();

    /** {@return the channel (V2) or topic (V3) name, e.g. {@code ticker}, {@code books}, {@code orders}} */
    String name();

    /** {@return the symbol, or the coin of a V2 coin channel, or null for a V3 private topic} */
    @org.jspecify.annotations.Nullable String target();

    /** {@return the argument as sent in a subscribe frame} */
    JsonObject toArg();

    /**
     * Canonical text {@code instType|name|target} (target empty when none), instType case as Bitget spells it;
     * used to match pushes to subscriptions.
     *
     * @return the key, e.g. {@code SPOT|ticker|BTCUSDT}
     */
    default String key() {
        String target = target();
        return instType() + "|" + name() + "|" + (target == null ? "" : target);
    }

    /** {@return the instType of the argument, e.g. {@code SPOT} (V2), {@code spot} or {@code UTA} (V3)} */
    String instType();

    /** {@return whether this is a {@code books} subscription, for which a local order book is maintained} */
    default boolean isMaintainedBook() {
        return "books".equals(name());
    }
}
