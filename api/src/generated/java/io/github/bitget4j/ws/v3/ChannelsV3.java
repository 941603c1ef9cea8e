// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import io.github.bitget4j.ws.WsChannelSpec;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsTopicV3;
import io.github.bitget4j.ws.WsTypedTopic;
import java.util.List;

/**
 * The V3 WebSocket topics of the unified trading account.
 * Each factory builds a topic whose pushes the client decodes into the channel's record; a topic
 * Bitget does not offer (a channel for another instType, a missing symbol) fails when built, naming the
 * valid choices.
 */
public final class ChannelsV3 {

    /** Every V3 channel of the model, one entry per channel name and push record. */
    public static final List<WsChannelSpec> ALL = List.of(
            new WsChannelSpec("ticker", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsTickerV3.class),
            new WsChannelSpec("kline", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsKlineV3.class),
            new WsChannelSpec("books", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsBookV3.class),
            new WsChannelSpec("books1", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsBookV3.class),
            new WsChannelSpec("books5", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsBookV3.class),
            new WsChannelSpec("books50", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsBookV3.class),
            new WsChannelSpec("publicTrade", WsKey.V3_PUBLIC, List.of("spot", "usdt-futures", "coin-futures", "usdc-futures"), "symbol", null, WsPublicTradeV3.class),
            new WsChannelSpec("account", WsKey.V3_PRIVATE, List.of("UTA"), "none", null, WsAccountV3.class),
            new WsChannelSpec("order", WsKey.V3_PRIVATE, List.of("UTA"), "none", null, WsOrderV3.class),
            new WsChannelSpec("fill", WsKey.V3_PRIVATE, List.of("UTA"), "none", null, WsFillV3.class),
            new WsChannelSpec("position", WsKey.V3_PRIVATE, List.of("UTA"), "none", null, WsPositionV3.class),
            new WsChannelSpec("strategy-order", WsKey.V3_PRIVATE, List.of("UTA"), "none", null, WsStrategyOrderV3.class));

    private ChannelsV3() {
    }

    /**
     * Ticker of one symbol.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsTickerV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsTickerV3> ticker(WsInstTypeV3 instType, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "ticker", symbol, null), WsTickerV3.class);
    }

    /**
     * Candles of one symbol.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param interval the candle interval
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsKlineV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsKlineV3> kline(WsInstTypeV3 instType, WsKlineIntervalV3 interval, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "kline", symbol, interval.wire()), WsKlineV3.class);
    }

    /**
     * Full book: a snapshot, then changed levels, each with a checksum.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsBookV3> books(WsInstTypeV3 instType, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "books", symbol, null), WsBookV3.class);
    }

    /**
     * Best bid and ask, as snapshots.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsBookV3> books1(WsInstTypeV3 instType, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "books1", symbol, null), WsBookV3.class);
    }

    /**
     * Top 5 levels, as snapshots.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsBookV3> books5(WsInstTypeV3 instType, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "books5", symbol, null), WsBookV3.class);
    }

    /**
     * Top 50 levels, as snapshots.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsBookV3> books50(WsInstTypeV3 instType, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "books50", symbol, null), WsBookV3.class);
    }

    /**
     * Public trades of one symbol.
     *
     * @param instType one of spot, usdt-futures, coin-futures, usdc-futures
     * @param symbol the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsPublicTradeV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsPublicTradeV3> publicTrade(WsInstTypeV3 instType, String symbol) {
        return new WsTypedTopic<>(new WsTopicV3(instType.wire(), "publicTrade", symbol, null), WsPublicTradeV3.class);
    }

    /**
     * The unified account's equity and coins.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsAccountV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsAccountV3> account() {
        return new WsTypedTopic<>(new WsTopicV3("UTA", "account", null, null), WsAccountV3.class);
    }

    /**
     * Orders of every category.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsOrderV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsOrderV3> order() {
        return new WsTypedTopic<>(new WsTopicV3("UTA", "order", null, null), WsOrderV3.class);
    }

    /**
     * Fills of every category.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFillV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsFillV3> fill() {
        return new WsTypedTopic<>(new WsTopicV3("UTA", "fill", null, null), WsFillV3.class);
    }

    /**
     * Futures positions.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsPositionV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsPositionV3> position() {
        return new WsTypedTopic<>(new WsTopicV3("UTA", "position", null, null), WsPositionV3.class);
    }

    /**
     * Strategy (trigger, TP/SL) orders.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsStrategyOrderV3}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV3, WsStrategyOrderV3> strategyOrder() {
        return new WsTypedTopic<>(new WsTopicV3("UTA", "strategy-order", null, null), WsStrategyOrderV3.class);
    }
}
