package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.WsHandlerException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotCancelPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotTriggerType;
import io.github.bitget4j.model.v2.futures.FuturesFlashCloseRequest;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.model.v3.PositionSide;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.ws.v2.ChannelsV2;
import io.github.bitget4j.ws.v2.WsAlgoOrderV2;
import io.github.bitget4j.ws.v2.WsCandleIntervalV2;
import io.github.bitget4j.ws.v2.WsCandleV2;
import io.github.bitget4j.ws.v2.WsFuturesPositionHistoryV2;
import io.github.bitget4j.ws.v2.WsIndexPriceV2;
import io.github.bitget4j.ws.v2.WsInstTypeV2;
import io.github.bitget4j.ws.v2.WsMarginAccountV2;
import io.github.bitget4j.ws.v2.WsMarginOrderV2;
import io.github.bitget4j.ws.v2.WsTickerV2;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsFillV3;
import io.github.bitget4j.ws.v3.WsInstTypeV3;
import io.github.bitget4j.ws.v3.WsKlineIntervalV3;
import io.github.bitget4j.ws.v3.WsKlineV3;
import io.github.bitget4j.ws.v3.WsOrderV3;
import io.github.bitget4j.ws.v3.WsPositionV3;
import io.github.bitget4j.ws.v3.WsStrategyOrderV3;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/**
 * What the testkit's state channels push, by value: candles aligned to their interval, the index price, plan orders
 * as they are placed and cancelled, futures positions as they open and close (V2 history, V3 position, order and
 * fill), the margin channels. Decoded strictly.
 */
class WsStateChannelsTest extends WsTestkitFixture {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void candlesAreAlignedToTheirIntervalAndTheIndexIsTheLastPrice() {
        var candles = new CopyOnWriteArrayList<WsCandleV2>();
        var utcDays = new CopyOnWriteArrayList<WsCandleV2>();
        var klines = new CopyOnWriteArrayList<WsKlineV3>();
        var index = new CopyOnWriteArrayList<WsIndexPriceV2>();
        var tickers = new CopyOnWriteArrayList<WsTickerV2>();
        var listener = new RecordingListener();
        var options = publicOptions().strictResponses(true).build();
        try (var ws2 = new WebsocketClientV2(options, listener); var ws3 = new WebsocketClientV3(options, listener)) {
            ws2.subscribe(ChannelsV2.candle(WsInstTypeV2.SPOT, WsCandleIntervalV2.M15, "ETHUSDT"), p -> candles.addAll(p.data()));
            ws2.subscribe(ChannelsV2.candle(WsInstTypeV2.USDT_FUTURES, WsCandleIntervalV2.D1_UTC, "BTCUSDT"),
                    p -> utcDays.addAll(p.data()));
            ws3.subscribe(ChannelsV3.kline(WsInstTypeV3.COIN_FUTURES, WsKlineIntervalV3.H1, "BTCUSDT"), p -> klines.addAll(p.data()));
            ws2.subscribe(ChannelsV2.indexPrice("ETHUSDT"), p -> index.addAll(p.data()));
            ws2.subscribe(ChannelsV2.ticker(WsInstTypeV2.SPOT, "ETHUSDT"), p -> tickers.addAll(p.data()));
            await("candles, klines, index price and ticker", WAIT, () -> !candles.isEmpty() && !utcDays.isEmpty()
                    && !klines.isEmpty() && !index.isEmpty() && !tickers.isEmpty());
        }
        WsCandleV2 candle = candles.getFirst();
        assertThat(candle.ts().toEpochMilli() % Duration.ofMinutes(15).toMillis()).isZero();
        assertThat(candle.high()).isGreaterThanOrEqualTo(candle.open().max(candle.close()));
        assertThat(candle.low()).isLessThanOrEqualTo(candle.open().min(candle.close()));
        assertThat(utcDays.getFirst().ts().toEpochMilli() % Duration.ofDays(1).toMillis()).isZero();
        assertThat(utcDays.getFirst().open()).as("BTCUSDT futures around 60000").isBetween(
                new BigDecimal("50000"), new BigDecimal("70000"));
        assertThat(klines.getFirst().start().toEpochMilli() % Duration.ofHours(1).toMillis()).isZero();
        assertThat(index.getFirst().indexPrice()).isEqualByComparingTo(tickers.getFirst().lastPr());
        assertThat(listener.exceptions).filteredOn(WsHandlerException.class::isInstance).isEmpty();
    }

    @Test
    void planOrdersReachOrdersAlgoAndStrategyOrderAsTheyArePlacedAndCancelled() {
        TestCredentials key = server.createHmacKey();
        var algo = new CopyOnWriteArrayList<WsAlgoOrderV2>();
        var strategy = new CopyOnWriteArrayList<WsStrategyOrderV3>();
        var listener = new RecordingListener();
        var options = optionsFor(key).strictResponses(true).build();
        String planId;
        try (var ws2 = new WebsocketClientV2(options, listener); var ws3 = new WebsocketClientV3(options, listener);
             var rest = new RestClientV2(options)) {
            ws2.subscribe(ChannelsV2.ordersAlgo(WsInstTypeV2.SPOT), p -> algo.addAll(p.data()));
            ws3.subscribe(ChannelsV3.strategyOrder(), p -> strategy.addAll(p.data()));

            planId = rest.spotSubmitPlanOrder(SpotPlanOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                    .triggerPrice(new BigDecimal("90000")).orderType(OrderType.LIMIT).executePrice(new BigDecimal("90001"))
                    .size(new BigDecimal("0.001")).triggerType(SpotTriggerType.FILL_PRICE).build()).data().orderId();
            await("the live plan order on both", WAIT, () -> algo.stream().anyMatch(o -> o.orderId().equals(planId))
                    && strategy.stream().anyMatch(o -> o.orderId().equals(planId)));
            rest.spotCancelPlanOrder(SpotCancelPlanOrderRequest.byOrderId(planId));
            await("the cancelled plan order", WAIT, () -> algo.stream()
                    .anyMatch(o -> o.orderId().equals(planId) && o.status().equals("cancel")));
        }
        WsAlgoOrderV2 live = algo.stream().filter(o -> o.orderId().equals(planId)).findFirst().orElseThrow();
        assertThat(live.status()).isEqualTo("not_trigger");
        assertThat(live.triggerPrice()).isEqualByComparingTo("90000");
        assertThat(live.price()).isEqualByComparingTo("90001");
        assertThat(live.side()).isEqualTo(Side.BUY);
        WsStrategyOrderV3 asStrategy = strategy.stream().filter(o -> o.orderId().equals(planId)).findFirst().orElseThrow();
        assertThat(asStrategy.category()).isEqualTo("spot");
        assertThat(asStrategy.qty()).isEqualByComparingTo("0.001");
        assertThat(listener.exceptions).filteredOn(WsHandlerException.class::isInstance).isEmpty();
    }

    @Test
    void aFuturesPositionOpenedAndClosedShowsOnTheUnifiedTopicsAndThePositionHistory() {
        TestCredentials key = server.createHmacKey();
        var orders = new CopyOnWriteArrayList<WsOrderV3>();
        var fills = new CopyOnWriteArrayList<WsFillV3>();
        var positions = new CopyOnWriteArrayList<List<WsPositionV3>>();
        var history = new CopyOnWriteArrayList<WsFuturesPositionHistoryV2>();
        var listener = new RecordingListener();
        var options = optionsFor(key).strictResponses(true).build();
        String orderId;
        try (var ws2 = new WebsocketClientV2(options, listener); var ws3 = new WebsocketClientV3(options, listener);
             var rest = new RestClientV2(options)) {
            ws3.subscribe(ChannelsV3.order(), p -> orders.addAll(p.data()));
            ws3.subscribe(ChannelsV3.fill(), p -> fills.addAll(p.data()));
            ws3.subscribe(ChannelsV3.position(), p -> positions.add(p.data()));
            ws2.subscribe(ChannelsV2.positionsHistory(WsInstTypeV2.USDT_FUTURES, "SOLUSDT"), p -> history.addAll(p.data()));

            orderId = rest.futuresSubmitOrder(FuturesOrderRequest.builder().symbol("SOLUSDT")
                    .productType(ProductType.USDT_FUTURES).marginMode(MarginMode.CROSSED).marginCoin("USDT")
                    .side(Side.BUY).orderType(OrderType.MARKET).size(new BigDecimal("2")).build()).data().orderId();
            await("the filled order, its fill and the open position", WAIT, () ->
                    orders.stream().anyMatch(o -> o.orderId().equals(orderId) && o.orderStatus().equals("filled"))
                            && fills.stream().anyMatch(f -> f.orderId().equals(orderId))
                            && positions.stream().flatMap(List::stream).anyMatch(p -> p.symbol().equals("SOLUSDT")));
            rest.futuresFlashClosePositions(FuturesFlashCloseRequest.of("SOLUSDT", ProductType.USDT_FUTURES));
            await("the closed position in the history, and no open position left", WAIT, () -> !history.isEmpty()
                    && positions.getLast().isEmpty());
        }
        WsOrderV3 order = orders.stream().filter(o -> o.orderId().equals(orderId)).toList().getLast();
        assertThat(order.category()).isEqualTo("usdt-futures");
        assertThat(order.cumExecQty()).isEqualByComparingTo("2");
        WsFillV3 fill = fills.stream().filter(f -> f.orderId().equals(orderId)).findFirst().orElseThrow();
        assertThat(fill.execQty()).isEqualByComparingTo("2");
        assertThat(fill.side()).isEqualTo(Side.BUY);
        WsPositionV3 open = positions.stream().flatMap(List::stream).findFirst().orElseThrow();
        assertThat(open.size()).isEqualByComparingTo("2");
        assertThat(open.posSide()).isEqualTo(PositionSide.LONG);
        assertThat(open.avgPrice()).isEqualByComparingTo(fill.execPrice());
        WsFuturesPositionHistoryV2 closed = history.getLast();
        assertThat(closed.instId()).isEqualTo("SOLUSDT");
        assertThat(closed.holdSide()).isEqualTo(FuturesHoldSide.LONG);
        assertThat(closed.openSize()).isEqualByComparingTo("2");
        assertThat(closed.closeSize()).isEqualByComparingTo("2");
        assertThat(closed.openPriceAvg()).isEqualByComparingTo(fill.execPrice());
        assertThat(listener.exceptions).filteredOn(WsHandlerException.class::isInstance).isEmpty();
    }

    @Test
    void theMarginChannelsShowTheSpotWalletAndTheSymbolsOrders() {
        TestCredentials key = server.createHmacKey();
        var crossed = new CopyOnWriteArrayList<WsMarginAccountV2>();
        var isolated = new CopyOnWriteArrayList<WsMarginAccountV2>();
        var orders = new CopyOnWriteArrayList<WsMarginOrderV2>();
        var listener = new RecordingListener();
        var options = optionsFor(key).strictResponses(true).build();
        try (var ws = new WebsocketClientV2(options, listener); var rest = new RestClientV2(options)) {
            ws.subscribe(ChannelsV2.accountCrossed(), p -> crossed.addAll(p.data()));
            ws.subscribe(ChannelsV2.accountIsolated("ETH"), p -> isolated.addAll(p.data()));
            ws.subscribe(ChannelsV2.ordersCrossed("ETHUSDT"), p -> orders.addAll(p.data()));
            String orderId = rest.spotSubmitOrder(SpotOrderRequest.builder().symbol("ETHUSDT").side(Side.SELL)
                    .orderType(OrderType.MARKET).force(TimeInForce.GTC).size(new BigDecimal("1")).build()).data().orderId();
            await("balances and the margin order", WAIT, () -> !crossed.isEmpty() && !isolated.isEmpty()
                    && orders.stream().anyMatch(o -> o.orderId().equals(orderId)));
        }
        assertThat(crossed).filteredOn(a -> a.coin().equals("USDT")).first()
                .satisfies(usdt -> assertThat(usdt.available()).isEqualByComparingTo("100000"));
        assertThat(isolated).extracting(WsMarginAccountV2::coin).containsOnly("ETH");
        assertThat(isolated).extracting(WsMarginAccountV2::symbol).contains("ETHUSDT", "ETHBTC");
        assertThat(orders.getFirst().instId()).isEqualTo("ETHUSDT");
        assertThat(orders.getFirst().side()).isEqualTo(Side.SELL);
        assertThat(listener.exceptions).filteredOn(WsHandlerException.class::isInstance).isEmpty();
    }
}
