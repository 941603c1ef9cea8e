package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.WebsocketApiClient;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.errors.WsOrderNotSentException;
import io.github.bitget4j.errors.WsOrderOutcomeUnknownException;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.OrderStatus;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class WsApiTest extends WsTestkitFixture {

    /** A resting buy far below the market. */
    static PlaceOrderRequest restingBuy(String qty) {
        return PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT").side(Side.BUY)
                .orderType(OrderType.LIMIT).qty(new BigDecimal(qty)).price(new BigDecimal("30000"))
                .timeInForce(TimeInForce.GTC).build();
    }

    static OrderSnapshot orderByClientOid(TestCredentials key, String clientOid) {
        return server.openOrders(key.apiKey()).stream().filter(o -> clientOid.equals(o.clientOid())).findFirst()
                .orElseThrow(() -> new AssertionError("no open order with clientOid " + clientOid));
    }

    @Test
    void anOrderPlacedOverTheSocketRestsOnTheServerWithAGeneratedClientOid() {
        TestCredentials key = server.createHmacKey();
        try (var api = new WebsocketApiClient(optionsFor(key).build())) {
            OrderIds ids = api.submitNewOrder(restingBuy("0.01"));
            assertThat(ids.orderId()).isNotBlank();
            assertThat(ids.clientOid()).isNotBlank();
            OrderSnapshot order = server.order(key.apiKey(), ids.orderId()).orElseThrow();
            assertThat(order.clientOid()).isEqualTo(ids.clientOid());
            assertThat(order.status()).isEqualTo(OrderStatus.LIVE);

            OrderIds cancelled = api.cancelOrder(CancelOrderRequest.byOrderId(ids.orderId()));
            assertThat(cancelled.orderId()).isEqualTo(ids.orderId());
            assertThat(server.order(key.apiKey(), ids.orderId()).orElseThrow().status()).isEqualTo(OrderStatus.CANCELLED);
        }
    }

    @Test
    void batchesPlaceAndCancelSeveralOrdersWithOneResultEach() {
        TestCredentials key = server.createHmacKey();
        try (var api = new WebsocketApiClient(optionsFor(key).build())) {
            List<BatchOrderResult> placed = api.placeBatchOrders(List.of(restingBuy("0.01"), restingBuy("0.02")));
            assertThat(placed).hasSize(2).allMatch(r -> r.orderId() != null && r.clientOid() != null);
            assertThat(server.openOrders(key.apiKey())).hasSize(2);
            List<BatchOrderResult> cancelled = api.cancelBatchOrders(placed.stream()
                    .map(r -> CancelOrderRequest.byOrderId(r.orderId())).toList());
            assertThat(cancelled).hasSize(2);
            assertThat(server.openOrders(key.apiKey())).isEmpty();
        }
    }

    @Test
    void anExchangeRejectionIsABitgetApiExceptionWithBitgetsCode() {
        TestCredentials key = server.createHmacKey();
        try (var api = new WebsocketApiClient(optionsFor(key).build())) {
            assertThatThrownBy(() -> api.submitNewOrder(restingBuy("1000")))
                    .isInstanceOfSatisfying(BitgetApiException.class, e -> assertThat(e.code()).isEqualTo("25202"));
            assertThat(server.openOrders(key.apiKey())).isEmpty();
        }
    }

    @Test
    void aReplyLaterThanTheTimeoutIsAnUnknownOutcomeAndTheOrderCanBeFoundByItsClientOid() {
        TestCredentials key = server.createHmacKey();
        try (var api = new WebsocketApiClient(optionsFor(key).build())) {
            api.client().connectPrivate();
            server.wsFaults().delayTradeReplies(Duration.ofSeconds(2));
            var order = restingBuy("0.01");
            assertThatThrownBy(() -> api.submitNewOrder(order, Duration.ofMillis(300)))
                    .isInstanceOfSatisfying(WsOrderOutcomeUnknownException.class, e -> {
                        assertThat(e.isTimeout()).isTrue();
                        assertThat(e.mayHaveReachedServer()).isTrue();
                        assertThat(e.request()).isSameAs(order);
                        assertThat(orderByClientOid(key, e.clientOid()).status()).isEqualTo(OrderStatus.LIVE);
                    });
        }
    }

    @Test
    void aSocketDroppedAfterTheRequestWasWrittenIsAnUnknownOutcomeNotAFailure() {
        TestCredentials key = server.createHmacKey();
        try (var api = new WebsocketApiClient(optionsFor(key).build())) {
            api.client().connectPrivate();
            server.wsFaults().dropOnNextTradeRequest();
            var order = PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT").side(Side.BUY)
                    .orderType(OrderType.LIMIT).qty(new BigDecimal("0.01")).price(new BigDecimal("30000"))
                    .clientOid("my-own-oid-1").build();
            assertThatThrownBy(() -> api.submitNewOrder(order))
                    .isInstanceOfSatisfying(WsOrderOutcomeUnknownException.class, e -> {
                        assertThat(e.isTimeout()).isFalse();
                        assertThat(e.clientOid()).isEqualTo("my-own-oid-1");
                    });
            assertThat(orderByClientOid(key, "my-own-oid-1").status()).isEqualTo(OrderStatus.LIVE);
            // the socket comes back and the next order goes through
            assertThat(api.submitNewOrder(restingBuy("0.01")).orderId()).isNotBlank();
        }
    }

    @Test
    void aRequestThatCouldNotBeWrittenIsNotSent() {
        TestCredentials key = server.createHmacKey();
        server.wsFaults().failNextLogin();
        try (var api = new WebsocketApiClient(optionsFor(key).build())) {
            var order = restingBuy("0.01");
            assertThatThrownBy(() -> api.submitNewOrder(order))
                    .isInstanceOfSatisfying(WsOrderNotSentException.class, e -> {
                        assertThat(e.mayHaveReachedServer()).isFalse();
                        assertThat(e.request()).isSameAs(order);
                    });
            assertThat(server.openOrders(key.apiKey())).isEmpty();
        }
    }

    @Test
    void theOrdersOwnUpdatesArriveOnTheSharedPrivateSocket() {
        TestCredentials key = server.createHmacKey();
        var orders = new CopyOnWriteArrayList<WsOrder>();
        try (var ws = new WebsocketClientV3(optionsFor(key).build()); var api = new WebsocketApiClient(ws)) {
            ws.subscribe(WsTopicV3.privateTopic("order"), update -> orders.addAll(update.orders()));
            OrderIds ids = api.submitNewOrder(restingBuy("0.01"));
            await("the order's update", Duration.ofSeconds(30),
                    () -> orders.stream().anyMatch(o -> ids.orderId().equals(o.orderId())));
            api.cancelOrder(CancelOrderRequest.byClientOid(ids.clientOid()));
            await("the cancellation", Duration.ofSeconds(30), () -> orders.stream()
                    .anyMatch(o -> ids.orderId().equals(o.orderId()) && "cancelled".equals(o.status())));
            assertThat(orders).allMatch(o -> "BTCUSDT".equals(o.symbol()));
        }
    }
}
