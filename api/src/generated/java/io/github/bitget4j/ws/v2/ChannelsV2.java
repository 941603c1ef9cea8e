// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import io.github.bitget4j.ws.WsChannelSpec;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsTopicV2;
import io.github.bitget4j.ws.WsTypedTopic;
import java.util.List;

/**
 * The V2 WebSocket channels of the classic account.
 * Each factory builds a topic whose pushes the client decodes into the channel's record; a topic
 * Bitget does not offer (a channel for another instType, a missing symbol) fails when built, naming the
 * valid choices.
 */
public final class ChannelsV2 {

    /** Every V2 channel of the model, one entry per channel name and push record. */
    public static final List<WsChannelSpec> ALL = List.of(
            new WsChannelSpec("ticker", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsTickerV2.class),
            new WsChannelSpec("candle1m", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle5m", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle15m", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle30m", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1H", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle4H", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle6H", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle12H", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1D", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle3D", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1W", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1M", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle6Hutc", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle12Hutc", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1Dutc", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle3Dutc", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1Wutc", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("candle1Mutc", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsCandleV2.class),
            new WsChannelSpec("trade", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsTradeV2.class),
            new WsChannelSpec("books", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsBookV2.class),
            new WsChannelSpec("books1", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsBookV2.class),
            new WsChannelSpec("books5", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsBookV2.class),
            new WsChannelSpec("books15", WsKey.V2_PUBLIC, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", null, WsBookV2.class),
            new WsChannelSpec("index-price", WsKey.V2_PUBLIC, List.of("SPOT"), "instId", null, WsIndexPriceV2.class),
            new WsChannelSpec("account", WsKey.V2_PRIVATE, List.of("SPOT"), "coin", "default", WsSpotAccountV2.class),
            new WsChannelSpec("account", WsKey.V2_PRIVATE, List.of("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "coin", "default", WsFuturesAccountV2.class),
            new WsChannelSpec("orders", WsKey.V2_PRIVATE, List.of("SPOT"), "instId", "default", WsSpotOrderV2.class),
            new WsChannelSpec("orders", WsKey.V2_PRIVATE, List.of("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", "default", WsFuturesOrderV2.class),
            new WsChannelSpec("fill", WsKey.V2_PRIVATE, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", "default", WsFillV2.class),
            new WsChannelSpec("positions", WsKey.V2_PRIVATE, List.of("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", "default", WsFuturesPositionV2.class),
            new WsChannelSpec("positions-history", WsKey.V2_PRIVATE, List.of("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", "default", WsFuturesPositionHistoryV2.class),
            new WsChannelSpec("orders-algo", WsKey.V2_PRIVATE, List.of("SPOT", "USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"), "instId", "default", WsAlgoOrderV2.class),
            new WsChannelSpec("account-crossed", WsKey.V2_PRIVATE, List.of("MARGIN"), "coin", "default", WsMarginAccountV2.class),
            new WsChannelSpec("account-isolated", WsKey.V2_PRIVATE, List.of("MARGIN"), "coin", "default", WsMarginAccountV2.class),
            new WsChannelSpec("orders-crossed", WsKey.V2_PRIVATE, List.of("MARGIN"), "instId", null, WsMarginOrderV2.class),
            new WsChannelSpec("orders-isolated", WsKey.V2_PRIVATE, List.of("MARGIN"), "instId", null, WsMarginOrderV2.class));

    private ChannelsV2() {
    }

    /**
     * Ticker of one symbol.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsTickerV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsTickerV2> ticker(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "ticker", instId, null), WsTickerV2.class);
    }

    /**
     * Candles of one symbol.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param interval the candle interval
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsCandleV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsCandleV2> candle(WsInstTypeV2 instType, WsCandleIntervalV2 interval, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "candle" + interval.wire(), instId, null), WsCandleV2.class);
    }

    /**
     * Public trades of one symbol.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsTradeV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsTradeV2> trade(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "trade", instId, null), WsTradeV2.class);
    }

    /**
     * Full book: a snapshot, then changed levels, each with a checksum.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsBookV2> books(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "books", instId, null), WsBookV2.class);
    }

    /**
     * Best bid and ask, as snapshots.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsBookV2> books1(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "books1", instId, null), WsBookV2.class);
    }

    /**
     * Top 5 levels, as snapshots.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsBookV2> books5(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "books5", instId, null), WsBookV2.class);
    }

    /**
     * Top 15 levels, as snapshots.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsBookV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsBookV2> books15(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "books15", instId, null), WsBookV2.class);
    }

    /**
     * Index price of one symbol.
     *
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsIndexPriceV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsIndexPriceV2> indexPrice(String instId) {
        return new WsTypedTopic<>(new WsTopicV2("SPOT", "index-price", instId, null), WsIndexPriceV2.class);
    }

    /**
     * Balances of the spot account, one entry per coin. Every coin.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsSpotAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsSpotAccountV2> spotAccount() {
        return new WsTypedTopic<>(new WsTopicV2("SPOT", "account", null, "default"), WsSpotAccountV2.class);
    }

    /**
     * Balances of the spot account, one entry per coin.
     *
     * @param coin the coin, e.g. USDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsSpotAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsSpotAccountV2> spotAccount(String coin) {
        return new WsTypedTopic<>(new WsTopicV2("SPOT", "account", null, coin), WsSpotAccountV2.class);
    }

    /**
     * Balances of a futures account, one entry per margin coin. Every coin.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesAccountV2> futuresAccount(WsInstTypeV2 instType) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "account", null, "default"), WsFuturesAccountV2.class);
    }

    /**
     * Balances of a futures account, one entry per margin coin.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param coin the coin, e.g. USDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesAccountV2> futuresAccount(WsInstTypeV2 instType, String coin) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "account", null, coin), WsFuturesAccountV2.class);
    }

    /**
     * Spot orders and their fills. Every symbol.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsSpotOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsSpotOrderV2> spotOrders() {
        return new WsTypedTopic<>(new WsTopicV2("SPOT", "orders", "default", null), WsSpotOrderV2.class);
    }

    /**
     * Spot orders and their fills.
     *
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsSpotOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsSpotOrderV2> spotOrders(String instId) {
        return new WsTypedTopic<>(new WsTopicV2("SPOT", "orders", instId, null), WsSpotOrderV2.class);
    }

    /**
     * Futures orders and their fills. Every symbol.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesOrderV2> futuresOrders(WsInstTypeV2 instType) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "orders", "default", null), WsFuturesOrderV2.class);
    }

    /**
     * Futures orders and their fills.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesOrderV2> futuresOrders(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "orders", instId, null), WsFuturesOrderV2.class);
    }

    /**
     * Fills of the account. Every symbol.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFillV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFillV2> fill(WsInstTypeV2 instType) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "fill", "default", null), WsFillV2.class);
    }

    /**
     * Fills of the account.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFillV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFillV2> fill(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "fill", instId, null), WsFillV2.class);
    }

    /**
     * Open futures positions. Every symbol.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesPositionV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesPositionV2> positions(WsInstTypeV2 instType) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "positions", "default", null), WsFuturesPositionV2.class);
    }

    /**
     * Open futures positions.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesPositionV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesPositionV2> positions(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "positions", instId, null), WsFuturesPositionV2.class);
    }

    /**
     * Futures positions as they close. Every symbol.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesPositionHistoryV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesPositionHistoryV2> positionsHistory(WsInstTypeV2 instType) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "positions-history", "default", null), WsFuturesPositionHistoryV2.class);
    }

    /**
     * Futures positions as they close.
     *
     * @param instType one of USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsFuturesPositionHistoryV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsFuturesPositionHistoryV2> positionsHistory(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "positions-history", instId, null), WsFuturesPositionHistoryV2.class);
    }

    /**
     * Plan (trigger) orders. Every symbol.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsAlgoOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsAlgoOrderV2> ordersAlgo(WsInstTypeV2 instType) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "orders-algo", "default", null), WsAlgoOrderV2.class);
    }

    /**
     * Plan (trigger) orders.
     *
     * @param instType one of SPOT, USDT-FUTURES, COIN-FUTURES, USDC-FUTURES, SUSDT-FUTURES, SCOIN-FUTURES, SUSDC-FUTURES
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsAlgoOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsAlgoOrderV2> ordersAlgo(WsInstTypeV2 instType, String instId) {
        return new WsTypedTopic<>(new WsTopicV2(instType.wire(), "orders-algo", instId, null), WsAlgoOrderV2.class);
    }

    /**
     * Cross margin balances. Every coin.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsMarginAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsMarginAccountV2> accountCrossed() {
        return new WsTypedTopic<>(new WsTopicV2("MARGIN", "account-crossed", null, "default"), WsMarginAccountV2.class);
    }

    /**
     * Cross margin balances.
     *
     * @param coin the coin, e.g. USDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsMarginAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsMarginAccountV2> accountCrossed(String coin) {
        return new WsTypedTopic<>(new WsTopicV2("MARGIN", "account-crossed", null, coin), WsMarginAccountV2.class);
    }

    /**
     * Isolated margin balances. Every coin.
     *
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsMarginAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsMarginAccountV2> accountIsolated() {
        return new WsTypedTopic<>(new WsTopicV2("MARGIN", "account-isolated", null, "default"), WsMarginAccountV2.class);
    }

    /**
     * Isolated margin balances.
     *
     * @param coin the coin, e.g. USDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsMarginAccountV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsMarginAccountV2> accountIsolated(String coin) {
        return new WsTypedTopic<>(new WsTopicV2("MARGIN", "account-isolated", null, coin), WsMarginAccountV2.class);
    }

    /**
     * Cross margin orders of one symbol.
     *
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsMarginOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsMarginOrderV2> ordersCrossed(String instId) {
        return new WsTypedTopic<>(new WsTopicV2("MARGIN", "orders-crossed", instId, null), WsMarginOrderV2.class);
    }

    /**
     * Isolated margin orders of one symbol.
     *
     * @param instId the symbol, e.g. BTCUSDT
     * @return the topic, to subscribe to with the WebSocket client; its pushes are read as {@code WsMarginOrderV2}
     * @throws io.github.bitget4j.errors.BitgetValidationException for an instType the channel is not offered for
     */
    public static WsTypedTopic<WsTopicV2, WsMarginOrderV2> ordersIsolated(String instId) {
        return new WsTypedTopic<>(new WsTopicV2("MARGIN", "orders-isolated", instId, null), WsMarginOrderV2.class);
    }
}
