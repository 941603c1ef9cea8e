package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Private sockets: the user's order and balance changes pushed, and the V3 WS API. */
class WsPrivateTest {

    private static final String SELL_BTC_LIMIT = "{\"op\":\"trade\",\"id\":\"%s\",\"category\":\"spot\",\"topic\":\"place-order\","
            + "\"args\":[{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"limit\",\"price\":\"70000\",\"qty\":\"%s\",\"clientOid\":\"%s\"}]}";

    private TestkitServer server;
    private TestCredentials alice;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
        alice = server.createHmacKey();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private WsTestClient loggedIn(String path, TestCredentials key) throws Exception {
        WsTestClient ws = WsTestClient.connect(server, path);
        ws.login(key);
        assertThat(ws.nextJson().get("event").getAsString()).isEqualTo("login");
        return ws;
    }

    private static JsonObject data(JsonObject push) {
        return push.getAsJsonArray("data").get(0).getAsJsonObject();
    }

    private static boolean channel(JsonObject message, String name) {
        if (!message.has("action")) {
            return false;
        }
        JsonObject arg = message.getAsJsonObject("arg");
        return name.equals(arg.has("channel") ? arg.get("channel").getAsString() : arg.get("topic").getAsString());
    }

    @Test
    void aRestOrderOfTheUserIsPushedOnItsV2OrdersAndAccountChannels() throws Exception {
        TestCredentials bob = server.createHmacKey();
        try (WsTestClient ws = loggedIn("/v2/ws/private", alice); WsTestClient other = loggedIn("/v2/ws/private", bob)) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"default\"},"
                    + "{\"instType\":\"SPOT\",\"channel\":\"account\",\"coin\":\"default\"}]}");
            other.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"default\"}]}");
            ws.nextJson(m -> channel(m, "account")); // the snapshot after subscribing
            other.nextJson(m -> m.has("event"));

            new BitgetTestClient(server.baseUrl()).post(alice, "/api/v2/spot/trade/place-order",
                    "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"50000\",\"size\":\"0.1\",\"clientOid\":\"rest-1\"}");

            JsonObject order = data(ws.nextJson(m -> channel(m, "orders")));
            assertThat(order.get("clientOid").getAsString()).isEqualTo("rest-1");
            assertThat(order.get("status").getAsString()).isEqualTo("live");
            assertThat(order.get("instId").getAsString()).isEqualTo("BTCUSDT");
            JsonObject account = ws.nextJson(m -> channel(m, "account"));
            JsonObject usdt = account.getAsJsonArray("data").asList().stream().map(e -> e.getAsJsonObject())
                    .filter(c -> c.get("coin").getAsString().equals("USDT")).findFirst().orElseThrow();
            assertThat(usdt.get("frozen").getAsString()).isEqualTo("5000");
            assertThat(usdt.get("available").getAsString()).isEqualTo("95000");
            assertThat(other.messages).as("bob sees nothing of alice's orders").isEmpty();
        }
    }

    @Test
    void eachFillOfAV2OrderIsPushedWithItsDetailsBeforeTheOrdersFinalState() throws Exception {
        try (WsTestClient ws = loggedIn("/v2/ws/private", alice)) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"orders\",\"instId\":\"BTCUSDT\"}]}");
            ws.nextJson(m -> m.has("event"));

            // selling 0.3 BTC at market takes the best bid level (0.25 at 59994) and part of the next (59988)
            new BitgetTestClient(server.baseUrl()).post(alice, "/api/v2/spot/trade/place-order",
                    "{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"0.3\"}");

            JsonObject first = data(ws.nextJson(m -> channel(m, "orders")));
            JsonObject second = data(ws.nextJson(m -> channel(m, "orders")));
            JsonObject last = data(ws.nextJson(m -> channel(m, "orders")));
            assertThat(first.get("fillPrice").getAsString()).isEqualTo("59994");
            assertThat(first.get("baseVolume").getAsString()).isEqualTo("0.25");
            assertThat(first.get("tradeScope").getAsString()).isEqualTo("taker");
            assertThat(first.get("fillFeeCoin").getAsString()).isEqualTo("USDT");
            assertThat(second.get("fillPrice").getAsString()).isEqualTo("59988");
            assertThat(second.get("baseVolume").getAsString()).isEqualTo("0.05");
            assertThat(last.has("fillPrice")).isFalse();
            assertThat(last.get("status").getAsString()).isEqualTo("filled");
            assertThat(last.get("accBaseVolume").getAsString()).isEqualTo("0.3");
        }
    }

    @Test
    void aFilledOrderIsPushedOnV3OrderFillAndAccountTopics() throws Exception {
        try (WsTestClient ws = loggedIn("/v3/ws/private", alice)) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"UTA\",\"topic\":\"order\"},{\"instType\":\"UTA\",\"topic\":\"fill\"},"
                    + "{\"instType\":\"UTA\",\"topic\":\"account\"}]}");
            ws.nextJson(m -> channel(m, "account"));
            assertThat(server.wsSubscriptions("/v3/ws/private")).containsExactly("UTA|account|", "UTA|fill|", "UTA|order|");

            new BitgetTestClient(server.baseUrl()).post(alice, "/api/v3/trade/place-order",
                    "{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"qty\":\"600.12\"}");

            JsonObject fill = data(ws.nextJson(m -> channel(m, "fill")));
            JsonObject order = data(ws.nextJson(m -> channel(m, "order")));
            assertThat(order.get("orderStatus").getAsString()).isEqualTo("filled");
            assertThat(fill.get("orderId").getAsString()).isEqualTo(order.get("orderId").getAsString());
            assertThat(fill.get("execPrice").getAsString()).isEqualTo("60006");
            assertThat(fill.get("execQty").getAsString()).isEqualTo("0.01");
            JsonObject account = data(ws.nextJson(m -> channel(m, "account")));
            assertThat(account.getAsJsonArray("coin").asList()).anySatisfy(coin -> {
                assertThat(coin.getAsJsonObject().get("coin").getAsString()).isEqualTo("BTC");
                assertThat(coin.getAsJsonObject().get("available").getAsString()).isEqualTo("2.01");
            });
        }
    }

    @Test
    void wsApiPlacesAnOrderAndRepliesWithTheSameIdAndCodeZeroAsAString() throws Exception {
        try (WsTestClient ws = loggedIn("/v3/ws/private", alice)) {
            ws.send(SELL_BTC_LIMIT.formatted("req-1", "0.5", "ws-1"));

            JsonObject reply = ws.nextJson();

            assertThat(reply.get("event").getAsString()).isEqualTo("trade");
            assertThat(reply.get("id").getAsString()).isEqualTo("req-1");
            assertThat(reply.get("code").getAsJsonPrimitive().isString()).isTrue();
            assertThat(reply.get("code").getAsString()).isEqualTo("0");
            String orderId = reply.getAsJsonArray("args").get(0).getAsJsonObject().get("orderId").getAsString();
            assertThat(server.order(alice.apiKey(), orderId)).hasValueSatisfying(order -> {
                assertThat(order.clientOid()).isEqualTo("ws-1");
                assertThat(order.status()).isEqualTo(OrderStatus.LIVE);
            });
        }
    }

    @Test
    void wsApiRejectsAnOrderBeyondTheBalanceWith25202() throws Exception {
        try (WsTestClient ws = loggedIn("/v3/ws/private", alice)) {
            ws.send(SELL_BTC_LIMIT.formatted("req-2", "3", "too-big"));

            JsonObject reply = ws.nextJson();

            assertThat(reply.get("id").getAsString()).isEqualTo("req-2");
            assertThat(reply.get("code").getAsString()).isEqualTo("25202");
            assertThat(reply.get("msg").getAsString()).isNotBlank();
            assertThat(server.openOrders(alice.apiKey())).isEmpty();
        }
    }

    @Test
    void wsApiCancelsAnOrder() throws Exception {
        try (WsTestClient ws = loggedIn("/v3/ws/private", alice)) {
            ws.send(SELL_BTC_LIMIT.formatted("p", "0.5", "to-cancel"));
            ws.nextJson();

            ws.send("{\"op\":\"trade\",\"id\":\"c\",\"category\":\"spot\",\"topic\":\"cancel-order\",\"args\":[{\"symbol\":\"BTCUSDT\",\"clientOid\":\"to-cancel\"}]}");

            JsonObject reply = ws.nextJson();
            assertThat(reply.get("code").getAsString()).isEqualTo("0");
            assertThat(server.openOrders(alice.apiKey())).isEmpty();
        }
    }

    @Test
    void delayTradeRepliesHoldsTheReplyButNotTheOrder() throws Exception {
        server.wsFaults().delayTradeReplies(Duration.ofMillis(400));
        try (WsTestClient ws = loggedIn("/v3/ws/private", alice)) {
            long start = System.nanoTime();
            ws.send(SELL_BTC_LIMIT.formatted("slow", "0.5", "slow-1"));

            JsonObject reply = ws.nextJson();

            assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(350);
            assertThat(reply.get("id").getAsString()).isEqualTo("slow");
        }
    }

    @Test
    void dropOnNextTradeRequestExecutesTheOrderButDropsTheSocketBeforeReplying() throws Exception {
        server.wsFaults().dropOnNextTradeRequest();
        try (WsTestClient ws = loggedIn("/v3/ws/private", alice)) {
            ws.send(SELL_BTC_LIMIT.formatted("lost", "0.5", "lost-reply"));

            assertThat(ws.awaitClose().code()).isEqualTo(1006);
            assertThat(ws.messages).isEmpty();
            assertThat(server.openOrders(alice.apiKey())).singleElement()
                    .satisfies(order -> assertThat(order.clientOid()).isEqualTo("lost-reply"));
        }
    }

    @Test
    void theWsApiNeedsALogin() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/private")) {
            ws.send(SELL_BTC_LIMIT.formatted("anon", "0.5", "anon"));

            JsonObject reply = ws.nextJson();

            assertThat(reply.get("code").getAsInt()).isEqualTo(30004);
            assertThat(server.openOrders(alice.apiKey())).isEmpty();
        }
    }
}
