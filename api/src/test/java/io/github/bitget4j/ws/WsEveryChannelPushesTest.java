package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.WsHandlerException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotTriggerType;
import io.github.bitget4j.model.v2.futures.FuturesFlashCloseRequest;
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderType;
import io.github.bitget4j.model.v2.futures.FuturesTickerRequest;
import io.github.bitget4j.model.v2.futures.FuturesTriggerType;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.ws.v2.ChannelsV2;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsKlineIntervalV3;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Every channel of the model, for every instType it is offered for (and every V3 kline interval), subscribed against
 * one testkit and decoded strictly into the channel's record: each must receive at least one push with data. Public
 * channels start with a snapshot; private ones get theirs from a few trades (spot and futures, a spot and a futures
 * plan order, a position opened and closed). A channel added to the model that the testkit does not push fails here.
 */
class WsEveryChannelPushesTest extends WsTestkitFixture {

    private static final String SYMBOL = "BTCUSDT";

    @Test
    void everyModelledChannelPushesDataThatDecodesStrictly() {
        TestCredentials key = server.createHmacKey();
        var listener = new RecordingListener();
        Map<String, Integer> received = new ConcurrentHashMap<>();
        List<String> expected = new ArrayList<>();
        var options = optionsFor(key).strictResponses(true).build();
        try (var ws2 = new WebsocketClientV2(options, listener); var ws3 = new WebsocketClientV3(options, listener);
             var rest = new RestClientV2(options)) {
            for (WsChannelSpec spec : ChannelsV2.ALL) {
                for (String instType : spec.instTypes()) {
                    WsTopicV2 topic = spec.target().equals("coin") ? new WsTopicV2(instType, spec.name(), null, "default")
                            : new WsTopicV2(instType, spec.name(), spec.allValue() != null ? spec.allValue() : SYMBOL, null);
                    expected.add(instType + "|" + spec.name());
                    subscribe(ws2, topic, spec.pushType(), instType + "|" + spec.name(), received);
                }
            }
            for (WsChannelSpec spec : ChannelsV3.ALL) {
                for (String instType : spec.instTypes()) {
                    String symbol = spec.target().equals("none") ? null : SYMBOL;
                    if (!spec.name().equals("kline")) {
                        expected.add(instType + "|" + spec.name());
                        subscribe(ws3, new WsTopicV3(instType, spec.name(), symbol, null), spec.pushType(),
                                instType + "|" + spec.name(), received);
                        continue;
                    }
                    for (WsKlineIntervalV3 interval : WsKlineIntervalV3.values()) {
                        if (interval == WsKlineIntervalV3.UNKNOWN) {
                            continue;
                        }
                        String name = instType + "|kline|" + interval.wire();
                        expected.add(name);
                        subscribe(ws3, new WsTopicV3(instType, "kline", symbol, interval.wire()), spec.pushType(), name, received);
                    }
                }
            }

            tradeOnEveryMarket(rest);

            try {
                await("a push with data on every channel", Duration.ofSeconds(60),
                        () -> expected.stream().allMatch(name -> received.getOrDefault(name, 0) > 0));
            } catch (AssertionError timedOut) {
                var missing = new TreeSet<>(expected);
                missing.removeIf(name -> received.getOrDefault(name, 0) > 0);
                throw new AssertionError("no push with data on " + missing, timedOut);
            }
            System.out.printf("pushes with data on all %d subscriptions: V2 %d channel names, V3 %d topics%n", expected.size(),
                    ChannelsV2.ALL.stream().map(WsChannelSpec::name).distinct().count(),
                    ChannelsV3.ALL.stream().map(WsChannelSpec::name).distinct().count());
        }
        assertThat(listener.exceptions).as("nothing failed to decode").filteredOn(WsHandlerException.class::isInstance).isEmpty();
    }

    /**
     * A spot market buy, a spot plan order, a futures long opened and flash-closed, a futures plan order: between them
     * every private channel has something to say.
     */
    private static void tradeOnEveryMarket(RestClientV2 rest) {
        rest.spotSubmitOrder(SpotOrderRequest.builder().symbol(SYMBOL).side(Side.BUY).orderType(OrderType.MARKET)
                .force(TimeInForce.GTC).size(new BigDecimal("20")).build());
        rest.spotSubmitPlanOrder(SpotPlanOrderRequest.builder().symbol(SYMBOL).side(Side.BUY)
                .triggerPrice(new BigDecimal("90000")).orderType(OrderType.LIMIT).executePrice(new BigDecimal("90001"))
                .size(new BigDecimal("0.001")).triggerType(SpotTriggerType.FILL_PRICE).build());
        rest.futuresSubmitOrder(FuturesOrderRequest.builder().symbol(SYMBOL).productType(ProductType.USDT_FUTURES)
                .marginMode(MarginMode.CROSSED).marginCoin("USDT").side(Side.BUY).orderType(OrderType.MARKET)
                .size(new BigDecimal("0.01")).build());
        BigDecimal last = rest.getFuturesTicker(FuturesTickerRequest.of(SYMBOL, ProductType.USDT_FUTURES)).data()
                .getFirst().lastPr();
        rest.futuresSubmitPlanOrder(FuturesPlanOrderRequest.builder().planType(FuturesPlanOrderType.NORMAL_PLAN)
                .symbol(SYMBOL).productType(ProductType.USDT_FUTURES).marginMode(MarginMode.CROSSED).marginCoin("USDT")
                .size(new BigDecimal("0.01")).triggerPrice(last.multiply(new BigDecimal("1.5")).setScale(1, RoundingMode.DOWN))
                .triggerType(FuturesTriggerType.MARK_PRICE).side(Side.BUY).orderType(OrderType.MARKET).build());
        rest.futuresFlashClosePositions(FuturesFlashCloseRequest.of(SYMBOL, ProductType.USDT_FUTURES));
    }

    /** Subscribes with the spec's push record, counting the elements that decode (one that does not throws). */
    @SuppressWarnings("unchecked")
    private static void subscribe(WebsocketClientV2 ws, WsTopicV2 topic, Class<?> type, String name,
                                  Map<String, Integer> received) {
        ws.subscribe(new WsTypedTopic<>(topic, (Class<Object>) type), push -> received.merge(name, push.data().size(), Integer::sum));
    }

    @SuppressWarnings("unchecked")
    private static void subscribe(WebsocketClientV3 ws, WsTopicV3 topic, Class<?> type, String name,
                                  Map<String, Integer> received) {
        ws.subscribe(new WsTypedTopic<>(topic, (Class<Object>) type), push -> received.merge(name, push.data().size(), Integer::sum));
    }
}
