package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.WebsocketApiClient;
import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.WsConnectFailedException;
import io.github.bitget4j.errors.WsHandlerException;
import io.github.bitget4j.errors.WsSubscribeRefusedException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.ws.v2.ChannelsV2;
import io.github.bitget4j.ws.v2.WsInstTypeV2;
import io.github.bitget4j.ws.v2.WsSpotOrderStatusV2;
import io.github.bitget4j.ws.v2.WsSpotOrderV2;
import io.github.bitget4j.ws.v2.WsTickerV2;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsFillV3;
import io.github.bitget4j.ws.v3.WsInstTypeV3;
import io.github.bitget4j.ws.v3.WsTickerV3;
import java.math.BigDecimal;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** Typed subscriptions against the testkit: records decoded strictly, refusals and failures reach the caller. */
class WsTypedSubscriptionTest extends WsTestkitFixture {

    @Test
    void typedTickerPushesReachTheHandlerAsTheChannelsRecordDecodedStrictly() {
        var v2 = new CopyOnWriteArrayList<WsTickerV2>();
        var v3 = new CopyOnWriteArrayList<WsTickerV3>();
        var options = publicOptions().strictResponses(true).build();
        try (var ws2 = new WebsocketClientV2(options); var ws3 = new WebsocketClientV3(options)) {
            ws2.subscribe(ChannelsV2.ticker(WsInstTypeV2.SPOT, "BTCUSDT"), push -> v2.addAll(push.data()));
            ws3.subscribe(ChannelsV3.ticker(WsInstTypeV3.SPOT, "BTCUSDT"), push -> v3.addAll(push.data()));
            await("both snapshots", Duration.ofSeconds(10), () -> !v2.isEmpty() && !v3.isEmpty());
        }
        assertThat(v2.getFirst().instId()).isEqualTo("BTCUSDT");
        assertThat(v2.getFirst().bidPr()).isLessThan(v2.getFirst().askPr());
        assertThat(v3.getFirst().symbol()).isEqualTo("BTCUSDT");
        assertThat(v3.getFirst().lastPrice()).isPositive();
    }

    @Test
    void typedPrivatePushesDecodeStrictlyForBothVersions() {
        var key = server.createHmacKey();
        var orders = new CopyOnWriteArrayList<WsSpotOrderV2>();
        var fills = new CopyOnWriteArrayList<WsFillV3>();
        var options = optionsFor(key).strictResponses(true).build();
        try (var ws2 = new WebsocketClientV2(options); var rest = new RestClientV2(options);
             var ws3 = new WebsocketClientV3(options); var api = new WebsocketApiClient(ws3)) {
            ws2.subscribe(ChannelsV2.spotOrders(), push -> orders.addAll(push.data()));
            ws3.subscribe(ChannelsV3.fill(), push -> fills.addAll(push.data()));
            String v2Order = rest.spotSubmitOrder(SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                    .orderType(OrderType.LIMIT).force(TimeInForce.GTC).price(new BigDecimal("61000"))
                    .size(new BigDecimal("0.01")).build()).data().orderId();
            String v3Order = api.submitNewOrder(PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT")
                    .side(Side.BUY).orderType(OrderType.LIMIT).price(new BigDecimal("61000"))
                    .qty(new BigDecimal("0.01")).build()).orderId();
            await("the filled V2 order", Duration.ofSeconds(30), () -> orders.stream()
                    .anyMatch(o -> o.orderId().equals(v2Order) && o.status() == WsSpotOrderStatusV2.FILLED));
            await("the V3 fill", Duration.ofSeconds(30), () -> fills.stream().anyMatch(f -> f.orderId().equals(v3Order)));
        }
        assertThat(orders).allSatisfy(o -> assertThat(o.side()).isEqualTo(Side.BUY));
        assertThat(fills).allSatisfy(f -> assertThat(f.execQty()).isPositive());
    }

    @Test
    void aRefusedSubscriptionThrowsWithBitgetsCodeAndIsForgotten() {
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV2(publicOptions().build(), listener)) {
            var unknownSymbol = ChannelsV2.ticker(WsInstTypeV2.SPOT, "NOPEUSDT");
            assertThatThrownBy(() -> ws.subscribe(unknownSymbol, push -> { }))
                    .isInstanceOfSatisfying(WsSubscribeRefusedException.class, e -> {
                        assertThat(e.code()).isEqualTo("30001");
                        assertThat(e.topic()).isEqualTo("SPOT|ticker|NOPEUSDT");
                        assertThat(e.getMessage()).contains("SPOT|ticker|NOPEUSDT", "30001");
                    });
            assertThat(ws.subscriptions()).isEmpty();
            // sent again, refused again: the refusal did not leave it marked as sent
            assertThatThrownBy(() -> ws.subscribe(unknownSymbol.topic())).isInstanceOf(WsSubscribeRefusedException.class);
            // the socket carries on
            ws.subscribe(ChannelsV2.ticker(WsInstTypeV2.SPOT, "BTCUSDT"), push -> { });
            assertThat(ws.subscriptions()).hasSize(1);
        }
    }

    @Test
    void theNonBlockingSubscribeFailsItsFutureWithTheRefusal() throws Exception {
        try (var ws = new WebsocketClientV3(publicOptions().build())) {
            var refused = ws.subscribeAsync(ChannelsV3.ticker(WsInstTypeV3.SPOT, "NOPEUSDT"), push -> { });
            assertThatThrownBy(() -> refused.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(WsSubscribeRefusedException.class);
            var accepted = ws.subscribeAsync(ChannelsV3.ticker(WsInstTypeV3.SPOT, "BTCUSDT"), push -> { });
            accepted.get(30, TimeUnit.SECONDS);
            assertThat(ws.subscriptions()).hasSize(1);
        }
    }

    @Test
    void aHandlerThatThrowsIsReportedAndLoggedOncePerBurstWhileTheOthersCarryOn() {
        var warnings = new CopyOnWriteArrayList<LogRecord>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel() == Level.WARNING && record.getMessage().contains("SPOT|ticker|ETHUSDT")) {
                    warnings.add(record);
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger logger = Logger.getLogger("io.github.bitget4j.ws");
        logger.addHandler(capture);
        var listener = new RecordingListener();
        var good = new AtomicInteger();
        try (var ws = new WebsocketClientV2(publicOptions().build(), listener)) {
            var topic = ChannelsV2.ticker(WsInstTypeV2.SPOT, "ETHUSDT");
            ws.subscribe(topic, push -> {
                throw new IllegalStateException("user bug");
            });
            ws.subscribe(topic, push -> good.incrementAndGet());
            for (int i = 0; i < 5; i++) {
                server.pushTicker("ETHUSDT");
            }
            // the snapshot went to the first handler only (the second subscribe of the topic sends nothing)
            await("five pushes to the good handler", Duration.ofSeconds(30), () -> good.get() >= 5);
            await("six reports", Duration.ofSeconds(30), () -> handlerErrors(listener) >= 6);
            assertThat(listener.exceptions).filteredOn(WsHandlerException.class::isInstance).first()
                    .satisfies(e -> {
                        assertThat(((WsHandlerException) e).topic()).isEqualTo("SPOT|ticker|ETHUSDT");
                        assertThat(e.getCause()).hasMessage("user bug");
                    });
            assertThat(warnings).hasSize(1);
            assertThat(warnings.getFirst().getThrown()).hasMessage("user bug");
            ws.subscribe(ChannelsV2.trade(WsInstTypeV2.SPOT, "ETHUSDT"), push -> { }); // the socket still works
        } finally {
            logger.removeHandler(capture);
        }
    }

    private static long handlerErrors(RecordingListener listener) {
        return listener.exceptions.stream().filter(WsHandlerException.class::isInstance).count();
    }

    @Test
    void connectingToAClosedPortFailsWithinTheConnectTimeoutNamingTheUrl() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String url = "ws://127.0.0.1:" + port;
        var options = publicOptions().wsUrl(url).connectTimeout(Duration.ofSeconds(5))
                .requestTimeout(Duration.ofSeconds(30)).build();
        try (var ws = new WebsocketClientV2(options)) {
            long start = System.nanoTime();
            assertThatThrownBy(() -> ws.subscribe(ChannelsV2.ticker(WsInstTypeV2.SPOT, "BTCUSDT"), push -> { }))
                    .isInstanceOfSatisfying(WsConnectFailedException.class, e -> {
                        assertThat(e.url()).isEqualTo(url + "/v2/ws/public");
                        assertThat(e.getMessage()).contains(url + "/v2/ws/public");
                    });
            // not the 35 s of connect + request timeout that the caller used to wait for "not ready"
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
            assertThat(ws.subscriptions()).isEmpty();
        }
    }
}
