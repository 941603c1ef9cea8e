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

/**
 * V2 USDT-M futures through raw signed HTTP. Every successful answer is also checked against the endpoint
 * model, as strictly as the SDK decodes it. BTCUSDT's maker quotes 1 USDT apart around 60000 with 2 BTC at
 * the best level, so a small market buy fills at 60001 and a small market sell at 59999.
 */
class FuturesTradingV2Test {

    private static final String PLACE = "/api/v2/mix/order/place-order";
    private static final String ACCOUNT = "/api/v2/mix/account/account";
    private static final String SINGLE_POSITION = "/api/v2/mix/position/single-position";
    private static final String BTC = "symbol=BTCUSDT&productType=USDT-FUTURES&marginCoin=USDT";

    private TestkitServer server;
    private BitgetTestClient client;
    private TestCredentials alice;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
        alice = server.createHmacKey();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    // ---- helpers

    /** The data of a successful answer, after checking it against the model. */
    private static JsonElement ok(Answer answer, String method, String path) {
        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
        assertThat(ModelShapes.problems(method, path, answer.data())).as(answer.body()).isEmpty();
        return answer.data();
    }

    private JsonElement get(String path, String query) {
        return ok(client.get(alice, path, query), "GET", path);
    }

    private JsonElement post(String path, String body) {
        return ok(client.post(alice, path, body), "POST", path);
    }

    private String place(String body) {
        return post(PLACE, body).getAsJsonObject().get("orderId").getAsString();
    }

    private static String order(String side, String type, String size, String extra) {
        return "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\",\"marginCoin\":\"USDT\","
                + "\"side\":\"" + side + "\",\"orderType\":\"" + type + "\",\"size\":\"" + size + "\"" + extra + "}";
    }

    private JsonObject account() {
        return get(ACCOUNT, BTC).getAsJsonObject();
    }

    private JsonArray positions() {
        return get(SINGLE_POSITION, BTC).getAsJsonArray();
    }

    private static BigDecimal dec(JsonObject o, String member) {
        return new BigDecimal(o.get(member).getAsString());
    }

    private void setLeverage(int leverage) {
        post("/api/v2/mix/account/set-leverage", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginCoin\":\"USDT\","
                + "\"leverage\":\"" + leverage + "\"}");
    }

    private void hedgeMode() {
        post("/api/v2/mix/account/set-position-mode", "{\"productType\":\"USDT-FUTURES\",\"posMode\":\"hedge_mode\"}");
    }

    // ---- opening, valuing and closing a position

    @Test
    void marketBuyWithLeverageTenOpensALongLockingTheInitialMargin() {
        assertThat(dec(account(), "available")).isEqualByComparingTo("100000");
        setLeverage(10);

        String orderId = place(order("buy", "market", "0.5", ""));

        JsonObject detail = get("/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&orderId=" + orderId).getAsJsonObject();
        assertThat(detail.get("state").getAsString()).isEqualTo("filled");
        assertThat(dec(detail, "priceAvg")).isEqualByComparingTo("60001");
        assertThat(detail.get("posSide").getAsString()).isEqualTo("net");
        assertThat(detail.get("tradeSide").getAsString()).isEqualTo("buy_single");
        JsonArray positions = positions();
        assertThat(positions).hasSize(1);
        JsonObject position = positions.get(0).getAsJsonObject();
        assertThat(position.get("holdSide").getAsString()).isEqualTo("long");
        assertThat(position.get("posMode").getAsString()).isEqualTo("one_way_mode");
        assertThat(dec(position, "total")).isEqualByComparingTo("0.5");
        assertThat(dec(position, "openPriceAvg")).isEqualByComparingTo("60001");
        assertThat(dec(position, "leverage")).isEqualByComparingTo("10");
        assertThat(dec(position, "marginSize")).isEqualByComparingTo("3000.05"); // 60001 * 0.5 / 10
        JsonObject account = account();
        assertThat(dec(account, "available")).isEqualByComparingTo("96999.95");
        assertThat(dec(account, "accountEquity")).isEqualByComparingTo("100000");
        assertThat(dec(account, "crossedMarginLeverage")).isEqualByComparingTo("10");
    }

    @Test
    void movingThePriceRevaluesThePositionAndClosingRealisesTheProfit() {
        setLeverage(10);
        place(order("buy", "market", "0.5", ""));

        server.setFuturesPrice("BTCUSDT", "61001");
        JsonObject position = positions().get(0).getAsJsonObject();
        assertThat(dec(position, "unrealizedPL")).isEqualByComparingTo("500"); // (61001 - 60001) * 0.5
        assertThat(dec(position, "markPrice")).isEqualByComparingTo("61001");
        assertThat(dec(account(), "accountEquity")).isEqualByComparingTo("100500");

        String closeId = place(order("sell", "market", "0.5", ",\"reduceOnly\":\"YES\""));

        assertThat(positions()).isEmpty();
        JsonObject fills = get("/api/v2/mix/order/fills", "productType=USDT-FUTURES&orderId=" + closeId).getAsJsonObject();
        JsonObject fill = fills.getAsJsonArray("fillList").get(0).getAsJsonObject();
        assertThat(dec(fill, "price")).isEqualByComparingTo("61000"); // the maker's best bid after the move
        assertThat(dec(fill, "profit")).isEqualByComparingTo("499.5"); // (61000 - 60001) * 0.5
        assertThat(fill.get("tradeSide").getAsString()).isEqualTo("reduce_sell_single");
        JsonObject account = account();
        assertThat(dec(account, "available")).isEqualByComparingTo("100499.5");
        assertThat(dec(account, "accountEquity")).isEqualByComparingTo("100499.5");
        JsonObject history = get("/api/v2/mix/position/history-position", "symbol=BTCUSDT").getAsJsonObject();
        JsonObject closed = history.getAsJsonArray("list").get(0).getAsJsonObject();
        assertThat(closed.get("holdSide").getAsString()).isEqualTo("long");
        assertThat(dec(closed, "openAvgPrice")).isEqualByComparingTo("60001");
        assertThat(dec(closed, "closeAvgPrice")).isEqualByComparingTo("61000");
        assertThat(dec(closed, "closeTotalPos")).isEqualByComparingTo("0.5");
        assertThat(dec(closed, "pnl")).isEqualByComparingTo("499.5");
        assertThat(dec(closed, "netProfit")).isEqualByComparingTo("499.5");
    }

    @Test
    void flashCloseSellsTheWholeLongAtTheBidAndCreditsTheLoss() {
        place(order("buy", "market", "1", ""));
        server.setFuturesPrice("BTCUSDT", "59001");

        JsonObject result = post("/api/v2/mix/order/close-positions", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\"}")
                .getAsJsonObject();

        assertThat(result.getAsJsonArray("successList")).hasSize(1);
        assertThat(positions()).isEmpty();
        assertThat(dec(account(), "available")).isEqualByComparingTo("98999"); // (59000 - 60001) * 1
        Answer again = client.post(alice, "/api/v2/mix/order/close-positions", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\"}");
        assertThat(again.code()).isEqualTo("22002");
    }

    // ---- resting orders

    @Test
    void restingLimitOrderFreezesMarginUntilCancelled() {
        String orderId = place(order("buy", "limit", "1", ",\"price\":\"50000\",\"force\":\"gtc\",\"clientOid\":\"f-1\""));

        JsonObject pending = get("/api/v2/mix/order/orders-pending", "productType=USDT-FUTURES").getAsJsonObject();
        assertThat(pending.getAsJsonArray("entrustedList")).extracting(e -> e.getAsJsonObject().get("orderId").getAsString())
                .containsExactly(orderId);
        JsonObject account = account();
        assertThat(dec(account, "locked")).isEqualByComparingTo("2500"); // 50000 * 1 / 20
        assertThat(dec(account, "available")).isEqualByComparingTo("97500");

        post("/api/v2/mix/order/cancel-order", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"clientOid\":\"f-1\"}");

        assertThat(dec(account(), "available")).isEqualByComparingTo("100000");
        JsonObject history = get("/api/v2/mix/order/orders-history", "productType=USDT-FUTURES").getAsJsonObject();
        assertThat(history.getAsJsonArray("entrustedList").get(0).getAsJsonObject().get("status").getAsString()).isEqualTo("canceled");
        Answer again = client.post(alice, "/api/v2/mix/order/cancel-order", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"orderId\":\"" + orderId + "\"}");
        assertThat(again.code()).isEqualTo("22001");
        assertThat(client.get(alice, "/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&orderId=1").code())
                .isEqualTo("40768");
    }

    @Test
    void batchPlacesEachOrderOnItsOwnAndReportsTheFailureWithItsCode() {
        String body = "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\",\"marginCoin\":\"USDT\",\"orderList\":["
                + "{\"side\":\"buy\",\"orderType\":\"limit\",\"price\":\"59000\",\"size\":\"0.1\",\"clientOid\":\"b-ok\"},"
                + "{\"side\":\"buy\",\"orderType\":\"limit\",\"price\":\"59000\",\"size\":\"100\",\"clientOid\":\"b-big\"}]}";

        JsonObject result = post("/api/v2/mix/order/batch-place-order", body).getAsJsonObject();

        assertThat(result.getAsJsonArray("successList")).extracting(e -> e.getAsJsonObject().get("clientOid").getAsString())
                .containsExactly("b-ok");
        JsonObject failure = result.getAsJsonArray("failureList").get(0).getAsJsonObject();
        assertThat(failure.get("clientOid").getAsString()).isEqualTo("b-big");
        assertThat(failure.get("errorCode").getAsString()).isEqualTo("40762"); // 59000 * 100 / 20 > 100000
        JsonArray pending = get("/api/v2/mix/order/orders-pending", "productType=USDT-FUTURES&symbol=BTCUSDT").getAsJsonObject()
                .getAsJsonArray("entrustedList");
        assertThat(pending).extracting(e -> e.getAsJsonObject().get("clientOid").getAsString()).containsExactly("b-ok");
    }

    // ---- hedge mode and settings

    @Test
    void hedgeModeHoldsALongAndAShortOnOneSymbolAndClosesThemByName() {
        hedgeMode();
        place(order("buy", "market", "0.1", ",\"tradeSide\":\"open\""));
        place(order("sell", "market", "0.2", ",\"tradeSide\":\"open\""));

        JsonArray both = positions();
        assertThat(both).extracting(e -> e.getAsJsonObject().get("holdSide").getAsString()).containsExactlyInAnyOrder("long", "short");
        for (JsonElement e : both) {
            JsonObject p = e.getAsJsonObject();
            assertThat(p.get("posMode").getAsString()).isEqualTo("hedge_mode");
            assertThat(dec(p, "total")).isEqualByComparingTo(p.get("holdSide").getAsString().equals("long") ? "0.1" : "0.2");
        }

        // Bitget V2: closing the long is side=buy with tradeSide=close; it sells into the bids
        String closeId = place(order("buy", "market", "0.1", ",\"tradeSide\":\"close\""));

        JsonArray left = positions();
        assertThat(left).extracting(e -> e.getAsJsonObject().get("holdSide").getAsString()).containsExactly("short");
        JsonObject detail = get("/api/v2/mix/order/detail", "symbol=BTCUSDT&productType=USDT-FUTURES&orderId=" + closeId).getAsJsonObject();
        assertThat(detail.get("tradeSide").getAsString()).isEqualTo("close");
        assertThat(detail.get("posSide").getAsString()).isEqualTo("long");
        assertThat(dec(detail, "priceAvg")).isEqualByComparingTo("59999");
        assertThat(client.post(alice, PLACE, order("buy", "market", "0.1", ",\"tradeSide\":\"close\"")).code()).isEqualTo("22002");
    }

    @Test
    void positionModeCannotChangeWhileAPositionIsOpen() {
        place(order("buy", "market", "0.1", ""));

        Answer refused = client.post(alice, "/api/v2/mix/account/set-position-mode", "{\"productType\":\"USDT-FUTURES\",\"posMode\":\"hedge_mode\"}");

        assertThat(refused.code()).isEqualTo("40920");
        assertThat(account().get("posMode").getAsString()).isEqualTo("one_way_mode");
        post("/api/v2/mix/order/close-positions", "{\"productType\":\"USDT-FUTURES\"}");
        hedgeMode();
        assertThat(account().get("posMode").getAsString()).isEqualTo("hedge_mode");
    }

    @Test
    void leverageBeyondTheContractsMaximumAndMarginModeChangesWithAPositionAreRefused() {
        Answer tooHigh = client.post(alice, "/api/v2/mix/account/set-leverage", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
                + "\"marginCoin\":\"USDT\",\"leverage\":\"126\"}");
        assertThat(tooHigh.code()).isEqualTo("40797");

        JsonObject isolated = post("/api/v2/mix/account/set-margin-mode", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
                + "\"marginCoin\":\"USDT\",\"marginMode\":\"isolated\"}").getAsJsonObject();
        assertThat(isolated.get("marginMode").getAsString()).isEqualTo("isolated");
        JsonObject sides = post("/api/v2/mix/account/set-leverage", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
                + "\"marginCoin\":\"USDT\",\"longLeverage\":\"5\",\"shortLeverage\":\"8\"}").getAsJsonObject();
        assertThat(dec(sides, "longLeverage")).isEqualByComparingTo("5");
        assertThat(dec(sides, "shortLeverage")).isEqualByComparingTo("8");
        place(order("sell", "market", "1", "").replace("crossed", "isolated"));
        JsonObject shortPosition = positions().get(0).getAsJsonObject();
        assertThat(shortPosition.get("marginMode").getAsString()).isEqualTo("isolated");
        assertThat(dec(shortPosition, "marginSize")).isEqualByComparingTo("7499.875"); // 59999 / 8

        Answer locked = client.post(alice, "/api/v2/mix/account/set-margin-mode", "{\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\","
                + "\"marginCoin\":\"USDT\",\"marginMode\":\"crossed\"}");
        assertThat(locked.code()).isEqualTo("45117");
    }

    // ---- plan orders

    @Test
    void planOrderIsListedWhileLiveAndMovesToTheHistoryWhenCancelled() {
        String body = "{\"planType\":\"normal_plan\",\"symbol\":\"BTCUSDT\",\"productType\":\"USDT-FUTURES\",\"marginMode\":\"crossed\","
                + "\"marginCoin\":\"USDT\",\"size\":\"0.2\",\"price\":\"64000\",\"triggerPrice\":\"63000\",\"triggerType\":\"mark_price\","
                + "\"side\":\"buy\",\"orderType\":\"limit\",\"clientOid\":\"plan-1\"}";
        String planId = post("/api/v2/mix/order/place-plan-order", body).getAsJsonObject().get("orderId").getAsString();

        JsonArray live = get("/api/v2/mix/order/orders-plan-pending", "planType=normal_plan&productType=USDT-FUTURES").getAsJsonObject()
                .getAsJsonArray("entrustedList");
        assertThat(live).hasSize(1);
        JsonObject plan = live.get(0).getAsJsonObject();
        assertThat(plan.get("orderId").getAsString()).isEqualTo(planId);
        assertThat(plan.get("planStatus").getAsString()).isEqualTo("live");
        assertThat(dec(plan, "triggerPrice")).isEqualByComparingTo("63000");
        assertThat(plan.get("triggerType").getAsString()).isEqualTo("mark_price");
        assertThat(dec(account(), "available")).as("a plan order commits nothing until it fires").isEqualByComparingTo("100000");

        JsonObject cancelled = post("/api/v2/mix/order/cancel-plan-order", "{\"productType\":\"USDT-FUTURES\",\"orderIdList\":["
                + "{\"orderId\":\"" + planId + "\"},{\"orderId\":\"42\"}]}").getAsJsonObject();

        assertThat(cancelled.getAsJsonArray("successList")).hasSize(1);
        assertThat(cancelled.getAsJsonArray("failureList").get(0).getAsJsonObject().get("errorCode").getAsString()).isEqualTo("43025");
        JsonObject pending = get("/api/v2/mix/order/orders-plan-pending", "planType=normal_plan&productType=USDT-FUTURES").getAsJsonObject();
        assertThat(pending.get("entrustedList").isJsonNull()).isTrue();
        JsonArray history = get("/api/v2/mix/order/orders-plan-history", "planType=normal_plan&productType=USDT-FUTURES").getAsJsonObject()
                .getAsJsonArray("entrustedList");
        assertThat(history).extracting(e -> e.getAsJsonObject().get("planStatus").getAsString()).containsExactly("cancelled");
        assertThat(history.get(0).getAsJsonObject().get("clientOid").getAsString()).isEqualTo("plan-1");
    }

    @Test
    void takeProfitNeedsThePositionItProtects() {
        String tp = "{\"marginCoin\":\"USDT\",\"productType\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"planType\":\"pos_profit\","
                + "\"triggerPrice\":\"65000\",\"holdSide\":\"buy\"}";
        assertThat(client.post(alice, "/api/v2/mix/order/place-tpsl-order", tp).code()).isEqualTo("40891");

        place(order("buy", "market", "0.1", ""));
        post("/api/v2/mix/order/place-tpsl-order", tp);

        JsonArray live = get("/api/v2/mix/order/orders-plan-pending", "planType=profit_loss&productType=USDT-FUTURES").getAsJsonObject()
                .getAsJsonArray("entrustedList");
        assertThat(live).extracting(e -> e.getAsJsonObject().get("planType").getAsString()).containsExactly("pos_profit");
    }

    // ---- market data

    @Test
    void marketDataDescribesTheContractsAndTheirBooks() {
        JsonArray contracts = ok(client.publicGet("/api/v2/mix/market/contracts", "productType=USDT-FUTURES"), "GET",
                "/api/v2/mix/market/contracts").getAsJsonArray();
        assertThat(contracts).extracting(e -> e.getAsJsonObject().get("symbol").getAsString()).contains("BTCUSDT", "ETHUSDT");
        JsonObject btc = contracts.get(0).getAsJsonObject();
        assertThat(btc.get("sizeMultiplier").getAsString()).isEqualTo("0.0001");
        assertThat(btc.get("maxLever").getAsString()).isEqualTo("125");

        JsonObject ticker = ok(client.publicGet("/api/v2/mix/market/ticker", "symbol=BTCUSDT&productType=USDT-FUTURES"), "GET",
                "/api/v2/mix/market/ticker").getAsJsonArray().get(0).getAsJsonObject();
        assertThat(dec(ticker, "askPr")).isEqualByComparingTo("60001");
        assertThat(dec(ticker, "bidPr")).isEqualByComparingTo("59999");

        JsonObject depth = ok(client.publicGet("/api/v2/mix/market/merge-depth", "symbol=BTCUSDT&productType=USDT-FUTURES&precision=scale1&limit=5"),
                "GET", "/api/v2/mix/market/merge-depth").getAsJsonObject();
        JsonArray bestAsk = depth.getAsJsonArray("asks").get(0).getAsJsonArray();
        assertThat(new BigDecimal(bestAsk.get(0).getAsString())).isEqualByComparingTo("60001"); // scale1 = 1 USDT
        assertThat(depth.getAsJsonArray("asks")).hasSize(5);

        JsonArray candles = ok(client.publicGet("/api/v2/mix/market/candles", "symbol=BTCUSDT&productType=USDT-FUTURES&granularity=1H&limit=3"),
                "GET", "/api/v2/mix/market/candles").getAsJsonArray();
        assertThat(candles).hasSize(3);
        assertThat(ok(client.publicGet("/api/v2/mix/market/tickers", "productType=USDT-FUTURES"), "GET", "/api/v2/mix/market/tickers")
                .getAsJsonArray()).hasSize(contracts.size());
        assertThat(client.publicGet("/api/v2/mix/market/ticker", "symbol=NOPEUSDT&productType=USDT-FUTURES").code()).isEqualTo("40034");
    }
}
