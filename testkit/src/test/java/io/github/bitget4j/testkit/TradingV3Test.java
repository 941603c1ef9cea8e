package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BitgetTestClient.Answer;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TradingV3Test {

    private static final String PLACE = "/api/v3/trade/place-order";
    private static final String CANCEL = "/api/v3/trade/cancel-order";
    private static final String INFO = "/api/v3/trade/order-info";
    private static final String UNFILLED = "/api/v3/trade/unfilled-orders";

    private TestkitServer server;
    private BitgetTestClient client;
    private TestCredentials key;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
        key = server.createHmacKey();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String limit(String side, String price, String qty, String clientOid) {
        return "{\"category\":\"SPOT\",\"symbol\":\"ETHUSDT\",\"side\":\"" + side + "\",\"orderType\":\"limit\",\"qty\":\"" + qty
                + "\",\"price\":\"" + price + "\",\"timeInForce\":\"gtc\",\"clientOid\":\"" + clientOid + "\"}";
    }

    private String place(String body) {
        Answer answer = client.post(key, PLACE, body);
        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
        return answer.data().getAsJsonObject().get("orderId").getAsString();
    }

    @Test
    void restingOrderIsVisibleThroughV3AndV2AlikeSinceTheMarketIsShared() {
        String orderId = place(limit("buy", "2990", "1.5", "v3-a"));

        JsonObject info = client.get(key, INFO, "orderId=" + orderId).data().getAsJsonObject();
        assertThat(info.get("orderStatus").getAsString()).isEqualTo("live");
        assertThat(info.get("clientOid").getAsString()).isEqualTo("v3-a");
        assertThat(info.get("qty").getAsString()).isEqualTo("1.5");
        assertThat(info.get("price").getAsString()).isEqualTo("2990");
        assertThat(info.get("category").getAsString()).isEqualTo("SPOT");
        JsonArray v2 = client.get(key, "/api/v2/spot/trade/unfilled-orders", "symbol=ETHUSDT").data().getAsJsonArray();
        assertThat(v2).extracting(e -> e.getAsJsonObject().get("orderId").getAsString()).containsExactly(orderId);
        assertThat(server.balance(key.apiKey(), "USDT").frozen()).isEqualByComparingTo("4485");
    }

    @Test
    void limitOrderCrossingTheMakerFillsAndMovesBalances() {
        BigDecimal ask = server.bestAsk("ETHUSDT");
        String orderId = place(limit("buy", ask.toPlainString(), "1", "v3-b"));

        JsonObject info = client.get(key, INFO, "clientOid=v3-b").data().getAsJsonObject();
        assertThat(info.get("orderId").getAsString()).isEqualTo(orderId);
        assertThat(info.get("orderStatus").getAsString()).isEqualTo("filled");
        assertThat(new BigDecimal(info.get("cumExecQty").getAsString())).isEqualByComparingTo("1");
        assertThat(new BigDecimal(info.get("avgPrice").getAsString())).isEqualByComparingTo(ask);
        assertThat(info.getAsJsonArray("feeDetail").get(0).getAsJsonObject().get("feeCoin").getAsString()).isEqualTo("ETH");
        assertThat(server.balance(key.apiKey(), "ETH").available()).isEqualByComparingTo("21");
        assertThat(server.balance(key.apiKey(), "USDT").available()).isEqualByComparingTo(new BigDecimal("100000").subtract(ask));
    }

    @Test
    void cancelByClientOidReleasesTheFrozenCoin() {
        String orderId = place(limit("sell", "3500", "2", "v3-c"));
        assertThat(server.balance(key.apiKey(), "ETH").frozen()).isEqualByComparingTo("2");

        Answer cancel = client.post(key, CANCEL, "{\"category\":\"SPOT\",\"clientOid\":\"v3-c\"}");
        assertThat(cancel.code()).isEqualTo("00000");
        assertThat(cancel.data().getAsJsonObject().get("orderId").getAsString()).isEqualTo(orderId);
        assertThat(server.order(key.apiKey(), orderId)).get().extracting(OrderSnapshot::status).isEqualTo(OrderStatus.CANCELLED);
        assertThat(server.balance(key.apiKey(), "ETH").available()).isEqualByComparingTo("20");
        assertThat(client.get(key, INFO, "orderId=" + orderId).data().getAsJsonObject().get("cancelReason").getAsString())
                .isEqualTo("normal_cancel");
    }

    @Test
    void rejectsInsufficientBalanceWith25202() {
        Answer answer = client.post(key, PLACE, limit("sell", "3500", "21", "v3-d"));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("25202");
        assertThat(server.balance(key.apiKey(), "ETH").available()).isEqualByComparingTo("20");
    }

    @Test
    void reportsUnknownOrderWith25204() {
        assertThat(client.get(key, INFO, "orderId=42").code()).isEqualTo("25204");
        assertThat(client.post(key, CANCEL, "{\"orderId\":\"42\"}").code()).isEqualTo("25204");
    }

    @Test
    void rejectsDuplicateClientOidWith25212() {
        place(limit("buy", "2900", "1", "dup"));
        assertThat(client.post(key, PLACE, limit("buy", "2900", "1", "dup")).code()).isEqualTo("25212");
    }

    @Test
    void marketBuySpendsQuoteQuantity() {
        String orderId = place("{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"qty\":\"600\"}");
        OrderSnapshot order = server.order(key.apiKey(), orderId).orElseThrow();
        assertThat(order.status()).isEqualTo(OrderStatus.FILLED);
        assertThat(order.filledValue()).isLessThanOrEqualTo(new BigDecimal("600")).isGreaterThan(new BigDecimal("599.9"));
        assertThat(server.balance(key.apiKey(), "USDT").available())
                .isEqualByComparingTo(new BigDecimal("100000").subtract(order.filledValue()));
    }

    @Test
    void placeBatchTakesAJsonArrayAndAnswersPerOrder() {
        String body = "[" + limit("buy", "2900", "1", "pb-1") + "," + limit("buy", "2900", "1000", "pb-2") + ","
                + limit("sell", "3100", "1", "pb-3") + "]";
        JsonArray results = client.post(key, "/api/v3/trade/place-batch", body).data().getAsJsonArray();

        assertThat(results).hasSize(3);
        assertThat(results).extracting(e -> e.getAsJsonObject().get("code").getAsString()).containsExactly("00000", "25202", "00000");
        assertThat(results.get(1).getAsJsonObject().get("clientOid").getAsString()).isEqualTo("pb-2");
        assertThat(results.get(0).getAsJsonObject().get("orderId").getAsString()).isNotEmpty();
        assertThat(server.openOrders(key.apiKey())).hasSize(2);
    }

    @Test
    void unfilledOrdersPageNewestFirstWithACursor() {
        String first = place(limit("buy", "2900", "1", "u-1"));
        String second = place(limit("buy", "2901", "1", "u-2"));
        String third = place(limit("buy", "2902", "1", "u-3"));

        JsonObject page1 = client.get(key, UNFILLED, "category=SPOT&limit=2").data().getAsJsonObject();
        assertThat(page1.getAsJsonArray("list")).extracting(e -> e.getAsJsonObject().get("orderId").getAsString())
                .containsExactly(third, second);
        String cursor = page1.get("cursor").getAsString();
        assertThat(cursor).isEqualTo(second);
        JsonObject page2 = client.get(key, UNFILLED, "category=SPOT&limit=2&cursor=" + cursor).data().getAsJsonObject();
        assertThat(page2.getAsJsonArray("list")).extracting(e -> e.getAsJsonObject().get("orderId").getAsString())
                .containsExactly(first);
        assertThat(page2.get("cursor").getAsString()).isEmpty();
    }

    @Test
    void accountAssetsValueHoldingsAtLastPricesWithTheFuturesWalletInTheUsdtLine() {
        JsonObject assets = client.get(key, "/api/v3/account/assets", "").data().getAsJsonObject();
        BigDecimal futuresWallet = new BigDecimal("100000"); // a unified account: spot coins and futures margin in one
        BigDecimal expected = new BigDecimal("100000").add(futuresWallet)
                .add(new BigDecimal("2").multiply(new BigDecimal("60000")))
                .add(new BigDecimal("20").multiply(new BigDecimal("3000")));
        assertThat(new BigDecimal(assets.get("accountEquity").getAsString())).isEqualByComparingTo(expected);
        assertThat(assets.getAsJsonArray("assets")).extracting(e -> e.getAsJsonObject().get("coin").getAsString())
                .containsExactlyInAnyOrder("USDT", "BTC", "ETH");
        for (JsonElement a : assets.getAsJsonArray("assets")) {
            assertThat(a.getAsJsonObject().keySet()).contains("equity", "usdValue", "balance", "available", "debt", "locked");
        }
    }

    @Test
    void accountInfoNamesTheUser() {
        JsonObject info = client.get(key, "/api/v3/account/info", "").data().getAsJsonObject();
        assertThat(info.get("userId").getAsString()).matches("\\d+");
        assertThat(info.getAsJsonArray("permissions")).isNotEmpty();
        assertThat(info.get("regisTime").getAsString()).matches("\\d{13}");
    }
}
