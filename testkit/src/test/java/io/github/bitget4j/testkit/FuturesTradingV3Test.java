package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.BitgetTestClient.Answer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** V3 futures wire rules of the testkit that the typed client never breaks: lookups without a category, paging edges. */
class FuturesTradingV3Test {

    private static final String PLACE = "/api/v3/trade/place-order";
    private static final String FILLS = "/api/v3/trade/fills";

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

    private String place(String side, String type, String price, String extra) {
        String body = "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"side\":\"" + side + "\",\"orderType\":\"" + type
                + "\",\"qty\":\"0.01\"" + (price == null ? "" : ",\"price\":\"" + price + "\"") + extra + "}";
        Answer answer = client.post(key, PLACE, body);
        assertThat(answer.code()).as(answer.body()).isEqualTo("00000");
        return answer.data().getAsJsonObject().get("orderId").getAsString();
    }

    @Test
    void openOrdersWithoutACategoryListSpotAndFuturesAndCancelFindsTheFuturesOne() {
        String futuresId = place("buy", "limit", "50000", "");
        Answer spot = client.post(key, PLACE, "{\"category\":\"SPOT\",\"symbol\":\"ETHUSDT\",\"side\":\"buy\","
                + "\"orderType\":\"limit\",\"qty\":\"1\",\"price\":\"2000\"}");
        String spotId = spot.data().getAsJsonObject().get("orderId").getAsString();

        JsonArray open = client.get(key, "/api/v3/trade/unfilled-orders", "").data().getAsJsonObject().getAsJsonArray("list");
        assertThat(open).extracting(e -> e.getAsJsonObject().get("orderId").getAsString() + "/"
                + e.getAsJsonObject().get("category").getAsString())
                .containsExactly(futuresId + "/USDT-FUTURES", spotId + "/SPOT");

        Answer cancelled = client.post(key, "/api/v3/trade/cancel-order", "{\"orderId\":\"" + futuresId + "\"}");

        assertThat(cancelled.code()).as(cancelled.body()).isEqualTo("00000");
        JsonObject info = client.get(key, "/api/v3/trade/order-info", "orderId=" + futuresId).data().getAsJsonObject();
        assertThat(info.get("orderStatus").getAsString()).isEqualTo("cancelled");
    }

    @Test
    void hedgeModeRefusesAnOrderWithoutPosSideAndAReduceOnlyOrderThatWouldOpen() {
        assertThat(client.post(key, "/api/v3/account/set-hold-mode", "{\"holdMode\":\"hedge_mode\"}").code()).isEqualTo("00000");

        assertThat(client.post(key, PLACE, "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\","
                + "\"orderType\":\"market\",\"qty\":\"0.01\"}").code()).isEqualTo("40019");
        assertThat(client.post(key, PLACE, "{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\","
                + "\"orderType\":\"market\",\"qty\":\"0.01\",\"posSide\":\"long\",\"reduceOnly\":\"yes\"}").code()).isEqualTo("40020");
    }

    /**
     * A self-trade gives the maker and the taker fill one id. A page must not end between them: the next page
     * starts below the cursor, so the second would be lost.
     */
    @Test
    void theTwoFillsOfASelfTradeAreNeverSplitAcrossPages() {
        String ownAsk = server.futuresPrice("BTCUSDT").toPlainString(); // inside the maker's spread: it rests
        place("sell", "limit", ownAsk, "");
        place("buy", "market", null, ""); // takes the own ask first: two fills with one id
        place("buy", "market", null, ""); // a newer fill, so the twins come second and third, across a 2-item page

        List<String> walked = new ArrayList<>();
        String cursor = "";
        for (int page = 0; page < 5; page++) {
            JsonObject data = client.get(key, FILLS, "category=USDT-FUTURES&limit=2" + (cursor.isEmpty() ? "" : "&cursor=" + cursor))
                    .data().getAsJsonObject();
            for (JsonElement fill : data.getAsJsonArray("list")) {
                walked.add(fill.getAsJsonObject().get("execId").getAsString() + "/" + fill.getAsJsonObject().get("tradeScope").getAsString());
            }
            cursor = data.get("cursor").getAsString();
            if (cursor.isEmpty()) {
                break;
            }
        }

        JsonArray all = client.get(key, FILLS, "category=USDT-FUTURES").data().getAsJsonObject().getAsJsonArray("list");
        assertThat(all).hasSize(3);
        assertThat(walked).containsExactlyElementsOf(all.asList().stream().map(f -> f.getAsJsonObject().get("execId").getAsString()
                + "/" + f.getAsJsonObject().get("tradeScope").getAsString()).toList());
    }
}
