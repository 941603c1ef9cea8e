package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BitgetTestClient.Answer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SpotTradingV2Test {

    private static final String PLACE = "/api/v2/spot/trade/place-order";
    private static final String CANCEL = "/api/v2/spot/trade/cancel-order";
    private static final String INFO = "/api/v2/spot/trade/orderInfo";
    private static final String UNFILLED = "/api/v2/spot/trade/unfilled-orders";
    private static final String BOOK = "/api/v2/spot/market/orderbook";

    private TestkitServer server;
    private BitgetTestClient client;
    private TestCredentials alice;
    private TestCredentials bob;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
        alice = server.createHmacKey();
        bob = server.createHmacKey();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String place(TestCredentials key, String body) {
        Answer answer = client.post(key, PLACE, body);
        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
        return answer.data().getAsJsonObject().get("orderId").getAsString();
    }

    private static String limit(String side, String price, String size) {
        return "{\"symbol\":\"BTCUSDT\",\"side\":\"" + side + "\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\""
                + price + "\",\"size\":\"" + size + "\"}";
    }

    private JsonObject orderInfo(TestCredentials key, String orderId) {
        Answer answer = client.get(key, INFO, "orderId=" + orderId);
        assertThat(answer.code()).isEqualTo("00000");
        return answer.data().getAsJsonArray().get(0).getAsJsonObject();
    }

    /** [price, size] of level {@code i} of the public book. */
    private BigDecimal[] level(String side, int i) {
        JsonArray levels = client.publicGet(BOOK, "symbol=BTCUSDT").data().getAsJsonObject().getAsJsonArray(side);
        JsonArray level = levels.get(i).getAsJsonArray();
        return new BigDecimal[] {new BigDecimal(level.get(0).getAsString()), new BigDecimal(level.get(1).getAsString())};
    }

    private BigDecimal available(TestCredentials key, String coin) {
        return server.balance(key.apiKey(), coin).available();
    }

    @Test
    void limitBuyCrossingTheMakerFillsAtTheAskAndReturnsTheUnusedFrozenQuote() {
        BigDecimal[] ask = level("asks", 0);
        assertThat(ask[1]).isGreaterThanOrEqualTo(new BigDecimal("0.1"));
        String orderId = place(alice, limit("buy", ask[0].add(new BigDecimal("100")).toPlainString(), "0.1"));

        JsonObject info = orderInfo(alice, orderId);
        assertThat(info.get("status").getAsString()).isEqualTo("filled");
        assertThat(new BigDecimal(info.get("priceAvg").getAsString())).isEqualByComparingTo(ask[0]);
        assertThat(new BigDecimal(info.get("baseVolume").getAsString())).isEqualByComparingTo("0.1");
        assertThat(available(alice, "USDT")).isEqualByComparingTo(new BigDecimal("100000").subtract(ask[0].multiply(new BigDecimal("0.1"))));
        assertThat(server.balance(alice.apiKey(), "USDT").frozen()).isEqualByComparingTo("0");
        assertThat(available(alice, "BTC")).isEqualByComparingTo("2.1");
    }

    @Test
    void marketBuySpendsItsQuoteSizeAtTheAskRoundedDownToTheLot() {
        BigDecimal[] ask = level("asks", 0);
        String orderId = place(alice, "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"1000\"}");

        BigDecimal expectedBase = new BigDecimal("1000").divide(ask[0], 6, RoundingMode.DOWN);
        JsonObject info = orderInfo(alice, orderId);
        assertThat(info.get("status").getAsString()).isEqualTo("filled");
        assertThat(info.get("orderType").getAsString()).isEqualTo("market");
        assertThat(new BigDecimal(info.get("baseVolume").getAsString())).isEqualByComparingTo(expectedBase);
        assertThat(available(alice, "BTC")).isEqualByComparingTo(new BigDecimal("2").add(expectedBase));
        assertThat(available(alice, "USDT")).isEqualByComparingTo(new BigDecimal("100000").subtract(expectedBase.multiply(ask[0])));
    }

    @Test
    void marketSellWalksDownTheBidLevels() {
        BigDecimal[] bid0 = level("bids", 0);
        BigDecimal[] bid1 = level("bids", 1);
        BigDecimal size = bid0[1].add(new BigDecimal("0.01"));
        assertThat(bid1[1]).isGreaterThan(new BigDecimal("0.01"));
        String orderId = place(alice, "{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"" + size + "\"}");

        BigDecimal proceeds = bid0[0].multiply(bid0[1]).add(bid1[0].multiply(new BigDecimal("0.01")));
        JsonObject info = orderInfo(alice, orderId);
        assertThat(info.get("status").getAsString()).isEqualTo("filled");
        assertThat(new BigDecimal(info.get("quoteVolume").getAsString())).isEqualByComparingTo(proceeds);
        assertThat(available(alice, "USDT")).isEqualByComparingTo(new BigDecimal("100000").add(proceeds));
        assertThat(available(alice, "BTC")).isEqualByComparingTo(new BigDecimal("2").subtract(size));
    }

    @Test
    void limitOrderBelowTheAskRestsFreezesQuoteAndShowsOnTheBook() {
        String orderId = place(alice, limit("buy", "60000", "0.2"));

        assertThat(orderInfo(alice, orderId).get("status").getAsString()).isEqualTo("live");
        BalanceSnapshot usdt = server.balance(alice.apiKey(), "USDT");
        assertThat(usdt.frozen()).isEqualByComparingTo("12000");
        assertThat(usdt.available()).isEqualByComparingTo("88000");
        BigDecimal[] bestBid = level("bids", 0);
        assertThat(bestBid[0]).isEqualByComparingTo("60000");
        assertThat(bestBid[1]).isEqualByComparingTo("0.2");
        JsonArray open = client.get(alice, UNFILLED, "symbol=BTCUSDT").data().getAsJsonArray();
        assertThat(open).hasSize(1);
        assertThat(open.get(0).getAsJsonObject().get("orderId").getAsString()).isEqualTo(orderId);
        // Bitget's naming in this endpoint: priceAvg is the order's price, basePrice the average fill price
        assertThat(open.get(0).getAsJsonObject().get("priceAvg").getAsString()).isEqualTo("60000");
        assertThat(open.get(0).getAsJsonObject().get("basePrice").getAsString()).isEqualTo("0");
        assertThat(server.openOrders(alice.apiKey())).extracting(OrderSnapshot::orderId).containsExactly(orderId);
    }

    @Test
    void cancelReleasesTheFrozenBalanceAndTheOrderLeavesTheBook() {
        String orderId = place(alice, limit("buy", "60000", "0.2"));
        Answer cancel = client.post(alice, CANCEL, "{\"symbol\":\"BTCUSDT\",\"orderId\":\"" + orderId + "\"}");

        assertThat(cancel.code()).isEqualTo("00000");
        assertThat(cancel.data().getAsJsonObject().get("orderId").getAsString()).isEqualTo(orderId);
        assertThat(orderInfo(alice, orderId).get("status").getAsString()).isEqualTo("cancelled");
        assertThat(server.balance(alice.apiKey(), "USDT").frozen()).isEqualByComparingTo("0");
        assertThat(available(alice, "USDT")).isEqualByComparingTo("100000");
        assertThat(client.get(alice, UNFILLED, "").data().getAsJsonArray()).isEmpty();
        assertThat(server.bestBid("BTCUSDT")).isLessThan(new BigDecimal("60000"));
    }

    @Test
    void cancellingTwiceSaysThereIsNoOrderToCancel() {
        String orderId = place(alice, limit("buy", "60000", "0.2"));
        client.post(alice, CANCEL, "{\"symbol\":\"BTCUSDT\",\"orderId\":\"" + orderId + "\"}");
        assertThat(client.post(alice, CANCEL, "{\"symbol\":\"BTCUSDT\",\"orderId\":\"" + orderId + "\"}").code()).isEqualTo("43004");
    }

    @Test
    void usersOrdersMatchEachOtherAndThePartRestsWithItsStatus() {
        String sellId = place(alice, limit("sell", "60001", "0.3"));
        assertThat(server.bestAsk("BTCUSDT")).isEqualByComparingTo("60001");
        String buyId = place(bob, limit("buy", "60001", "0.5"));

        assertThat(server.order(alice.apiKey(), sellId)).get().extracting(OrderSnapshot::status).isEqualTo(OrderStatus.FILLED);
        OrderSnapshot buy = server.order(bob.apiKey(), buyId).orElseThrow();
        assertThat(buy.status()).isEqualTo(OrderStatus.PARTIALLY_FILLED);
        assertThat(buy.filledSize()).isEqualByComparingTo("0.3");
        assertThat(orderInfo(bob, buyId).get("status").getAsString()).isEqualTo("partially_filled");
        assertThat(available(alice, "BTC")).isEqualByComparingTo("1.7");
        assertThat(available(alice, "USDT")).isEqualByComparingTo("118000.3");
        assertThat(available(bob, "BTC")).isEqualByComparingTo("2.3");
        assertThat(server.balance(bob.apiKey(), "USDT").frozen()).isEqualByComparingTo("12000.2");
        assertThat(available(bob, "USDT")).isEqualByComparingTo("69999.5");
        assertThat(server.bestBid("BTCUSDT")).isEqualByComparingTo("60001");
    }

    @Test
    void rejectsOrderBeyondTheBalanceWith43012AndChangesNothing() {
        Answer answer = client.post(alice, PLACE, limit("buy", "60000", "10"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("43012");
        assertThat(available(alice, "USDT")).isEqualByComparingTo("100000");
        assertThat(server.openOrders(alice.apiKey())).isEmpty();
    }

    @Test
    void reportsUnknownOrderWith43001() {
        assertThat(client.get(alice, INFO, "orderId=123456").code()).isEqualTo("43001");
        assertThat(client.post(alice, CANCEL, "{\"symbol\":\"BTCUSDT\",\"orderId\":\"123456\"}").code()).isEqualTo("43001");
    }

    @Test
    void doesNotShowOneAccountsOrderToAnother() {
        String orderId = place(alice, limit("buy", "59000", "0.1"));
        assertThat(client.get(bob, INFO, "orderId=" + orderId).code()).isEqualTo("43001");
    }

    @Test
    void findsOrderByClientOidAndRejectsDuplicateClientOid() {
        String body = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"59000\",\"size\":\"0.1\",\"clientOid\":\"my-oid-1\"}";
        Answer first = client.post(alice, PLACE, body);
        assertThat(first.data().getAsJsonObject().get("clientOid").getAsString()).isEqualTo("my-oid-1");
        assertThat(client.post(alice, PLACE, body).code()).isEqualTo("40786");
        assertThat(client.post(bob, PLACE, body).code()).as("clientOid is unique per account").isEqualTo("00000");

        JsonObject info = client.get(alice, INFO, "clientOid=my-oid-1").data().getAsJsonArray().get(0).getAsJsonObject();
        assertThat(info.get("orderId").getAsString()).isEqualTo(first.data().getAsJsonObject().get("orderId").getAsString());
        assertThat(info.get("feeDetail").isJsonPrimitive()).as("Bitget sends feeDetail as a JSON string").isTrue();
    }

    @Test
    void cancelsByClientOid() {
        client.post(alice, PLACE, "{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"70000\",\"size\":\"1\",\"clientOid\":\"c-1\"}");
        assertThat(server.balance(alice.apiKey(), "BTC").frozen()).isEqualByComparingTo("1");
        assertThat(client.post(alice, CANCEL, "{\"symbol\":\"BTCUSDT\",\"clientOid\":\"c-1\"}").code()).isEqualTo("00000");
        assertThat(server.balance(alice.apiKey(), "BTC").available()).isEqualByComparingTo("2");
    }

    @Test
    void postOnlyOrderThatWouldTradeIsCancelledWithoutFilling() {
        String body = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"post_only\",\"price\":\"61000\",\"size\":\"0.1\"}";
        String orderId = place(alice, body);
        OrderSnapshot order = server.order(alice.apiKey(), orderId).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.filledSize()).isEqualByComparingTo("0");
        assertThat(available(alice, "USDT")).isEqualByComparingTo("100000");
    }

    @Test
    void fillOrKillWithoutEnoughLiquidityAtItsPriceTradesNothing() {
        BigDecimal[] ask = level("asks", 0);
        String body = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"fok\",\"price\":\"" + ask[0]
                + "\",\"size\":\"" + ask[1].add(BigDecimal.ONE) + "\"}";
        OrderSnapshot order = server.order(alice.apiKey(), place(alice, body)).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.filledSize()).isEqualByComparingTo("0");
        assertThat(available(alice, "BTC")).isEqualByComparingTo("2");
    }

    @Test
    void immediateOrCancelFillsWhatItCanAndReleasesTheRest() {
        BigDecimal[] ask = level("asks", 0);
        String body = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"ioc\",\"price\":\"" + ask[0]
                + "\",\"size\":\"" + ask[1].add(BigDecimal.ONE) + "\"}";
        OrderSnapshot order = server.order(alice.apiKey(), place(alice, body)).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.filledSize()).isEqualByComparingTo(ask[1]);
        assertThat(server.balance(alice.apiKey(), "USDT").frozen()).isEqualByComparingTo("0");
        assertThat(available(alice, "USDT")).isEqualByComparingTo(new BigDecimal("100000").subtract(ask[0].multiply(ask[1])));
    }

    @Test
    void batchOrdersReportsEachOrdersOutcome() {
        String body = "{\"symbol\":\"BTCUSDT\",\"orderList\":["
                + "{\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"59000\",\"size\":\"0.1\",\"clientOid\":\"b1\"},"
                + "{\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"59000\",\"size\":\"100\",\"clientOid\":\"b2\"},"
                + "{\"symbol\":\"ETHUSDT\",\"side\":\"sell\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"4000\",\"size\":\"1\",\"clientOid\":\"b3\"}]}";
        JsonObject data = client.post(alice, "/api/v2/spot/trade/batch-orders", body).data().getAsJsonObject();

        assertThat(data.getAsJsonArray("successList")).extracting(e -> e.getAsJsonObject().get("clientOid").getAsString())
                .containsExactly("b1", "b3");
        JsonObject failure = data.getAsJsonArray("failureList").get(0).getAsJsonObject();
        assertThat(failure.get("clientOid").getAsString()).isEqualTo("b2");
        assertThat(failure.get("errorCode").getAsString()).isEqualTo("43012");
        assertThat(server.openOrders(alice.apiKey())).extracting(OrderSnapshot::symbol).containsExactlyInAnyOrder("BTCUSDT", "ETHUSDT");
    }

    @Test
    void assetsShowAvailableAndFrozenPerCoin() {
        place(alice, limit("sell", "70000", "0.5"));
        JsonArray assets = client.get(alice, "/api/v2/spot/account/assets", "").data().getAsJsonArray();
        JsonObject btc = null;
        for (var e : assets) {
            if (e.getAsJsonObject().get("coin").getAsString().equals("BTC")) {
                btc = e.getAsJsonObject();
            }
        }
        assertThat(assets).hasSize(3);
        assertThat(btc).isNotNull();
        assertThat(btc.get("available").getAsString()).isEqualTo("1.5");
        assertThat(btc.get("frozen").getAsString()).isEqualTo("0.5");
        assertThat(btc.get("uTime").getAsString()).matches("\\d{13}");
    }

    @Test
    void rejectsLimitOrderWithoutPriceAndBadSide() {
        assertThat(client.post(alice, PLACE, "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"size\":\"1\"}").msg())
                .isEqualTo("Parameter price cannot be empty");
        assertThat(client.post(alice, PLACE, "{\"symbol\":\"BTCUSDT\",\"side\":\"hold\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"1\"}").code())
                .isEqualTo("40020");
        assertThat(client.post(alice, PLACE, "{\"symbol\":\"NOPEUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"1\"}").code())
                .isEqualTo("40034");
    }
}
