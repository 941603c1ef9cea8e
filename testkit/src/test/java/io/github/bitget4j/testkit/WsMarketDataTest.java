package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Public sockets: subscriptions, heartbeat, books with checksums, tickers and trades. */
class WsMarketDataTest {

    private static final String V2_BOOKS = "{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"books\",\"instId\":\"BTCUSDT\"}]}";
    private static final String V3_BOOKS = "{\"op\":\"subscribe\",\"args\":[{\"instType\":\"spot\",\"topic\":\"books\",\"symbol\":\"BTCUSDT\"}]}";

    private TestkitServer server;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void answersTheTextPingWithTheTextPong() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/public")) {
            ws.send("ping");

            assertThat(ws.next()).isEqualTo("pong");
        }
    }

    @Test
    void acknowledgesSubscriptionsShowsThemAndForgetsThemOnUnsubscribe() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v2/ws/public")) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"},"
                    + "{\"instType\":\"SPOT\",\"channel\":\"candle1m\",\"instId\":\"ETHUSDT\"}]}");

            JsonObject ack = ws.nextJson(m -> m.has("event"));
            assertThat(ack.get("event").getAsString()).isEqualTo("subscribe");
            assertThat(ack.getAsJsonObject("arg").get("channel").getAsString()).isEqualTo("ticker");
            JsonObject ticker = ws.nextJson(m -> m.has("action"));
            assertThat(ticker.getAsJsonArray("data").get(0).getAsJsonObject().get("instId").getAsString()).isEqualTo("BTCUSDT");
            ws.nextJson(m -> m.has("event")); // the candle ack
            assertThat(server.wsSubscriptions("/v2/ws/public")).containsExactly("SPOT|candle1m|ETHUSDT", "SPOT|ticker|BTCUSDT");

            ws.send("{\"op\":\"unsubscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}");

            assertThat(ws.nextJson(m -> m.has("event")).get("event").getAsString()).isEqualTo("unsubscribe");
            assertThat(server.wsSubscriptions("/v2/ws/public")).containsExactly("SPOT|candle1m|ETHUSDT");
        }
        WsTestClient.eventually(() ->
                assertThat(server.wsSubscriptions("/v2/ws/public")).as("closed sockets subscribe nothing").isEmpty());
    }

    @Test
    void refusesAnUnknownSymbolWith30001() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/public")) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"spot\",\"topic\":\"ticker\",\"symbol\":\"NOPEUSDT\"}]}");

            JsonObject error = ws.nextJson();

            assertThat(error.get("event").getAsString()).isEqualTo("error");
            assertThat(error.get("code").getAsInt()).isEqualTo(30001);
        }
    }

    @Test
    void booksSnapshotAndTenThousandUpdatesKeepEveryChecksumRight() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v2/ws/public")) {
            ws.send(V2_BOOKS);
            ws.nextJson(m -> m.has("event"));
            WsBookChecker book = new WsBookChecker();
            JsonObject snapshot = ws.nextJson();
            assertThat(snapshot.get("action").getAsString()).isEqualTo("snapshot");
            JsonObject snapshotData = snapshot.getAsJsonArray("data").get(0).getAsJsonObject();
            assertThat(snapshotData.getAsJsonArray("asks")).hasSize(50);
            book.apply("snapshot", snapshotData);
            assertThat(snapshotData.get("checksum").getAsInt()).isEqualTo(book.checksum());

            long start = System.nanoTime();
            int sent = server.pushBookUpdates("BTCUSDT", 10_000);
            long pushMillis = (System.nanoTime() - start) / 1_000_000;
            for (int i = 0; i < 10_000; i++) {
                JsonObject update = ws.nextJson();
                assertThat(update.get("action").getAsString()).isEqualTo("update");
                JsonObject data = update.getAsJsonArray("data").get(0).getAsJsonObject();
                book.apply("update", data);
                assertThat(data.get("checksum").getAsInt()).as("update %d", i).isEqualTo(book.checksum());
            }
            long millis = (System.nanoTime() - start) / 1_000_000;

            // times are printed, not asserted: a busy machine may take any time (see BENCHMARKS.md for figures)
            System.out.printf("WsMarketDataTest: 10,000 book updates pushed in %,d ms, pushed and checked in %,d ms%n",
                    pushMillis, millis);
            assertThat(sent).isEqualTo(10_000);
            assertThat(book.view()).isEqualTo(server.serverBook("BTCUSDT"));
        }
    }

    @Test
    void v3BooksUseShortFieldNamesAndFollowOrdersPlacedOnTheMarket() throws Exception {
        TestCredentials maker = server.createHmacKey();
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/public")) {
            ws.send(V3_BOOKS);
            ws.nextJson(m -> m.has("event"));
            WsBookChecker book = new WsBookChecker();
            JsonObject snapshot = ws.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            assertThat(snapshot.has("a")).isTrue();
            book.apply("snapshot", snapshot);

            new BitgetTestClient(server.baseUrl()).post(maker, "/api/v3/trade/place-order",
                    "{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\",\"price\":\"59999.5\",\"qty\":\"0.01\"}");

            JsonObject update = ws.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            book.apply("update", update);
            assertThat(update.getAsJsonArray("b").get(0).getAsJsonArray().get(0).getAsString()).isEqualTo("59999.5");
            assertThat(update.get("checksum").getAsInt()).isEqualTo(book.checksum());
            assertThat(book.view().bids().getFirst()).containsExactly("59999.5", "0.01");
        }
    }

    @Test
    void badChecksumNextSpoilsExactlyOneUpdate() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v2/ws/public")) {
            ws.send(V2_BOOKS);
            ws.nextJson(m -> m.has("event"));
            WsBookChecker book = new WsBookChecker();
            book.apply("snapshot", ws.nextJson().getAsJsonArray("data").get(0).getAsJsonObject());
            server.wsFaults().badChecksumNext("BTCUSDT");

            server.pushBookUpdates("BTCUSDT", 2);

            JsonObject spoiled = ws.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            book.apply("update", spoiled);
            assertThat(spoiled.get("checksum").getAsInt()).isNotEqualTo(book.checksum());
            JsonObject good = ws.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            book.apply("update", good);
            assertThat(good.get("checksum").getAsInt()).isEqualTo(book.checksum());
        }
    }

    @Test
    void pushTickerSendsTheCurrentTickerToV2AndV3Subscribers() throws Exception {
        try (WsTestClient v2 = WsTestClient.connect(server, "/v2/ws/public");
                WsTestClient v3 = WsTestClient.connect(server, "/v3/ws/public")) {
            v2.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"ticker\",\"instId\":\"ETHUSDT\"}]}");
            v3.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"spot\",\"topic\":\"ticker\",\"symbol\":\"ETHUSDT\"}]}");
            v2.nextJson(m -> m.has("action"));
            v3.nextJson(m -> m.has("action"));

            int sent = server.pushTicker("ETHUSDT");

            assertThat(sent).isEqualTo(2);
            JsonObject v2Ticker = v2.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            JsonObject v3Ticker = v3.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            assertThat(new BigDecimal(v2Ticker.get("bidPr").getAsString())).isEqualByComparingTo(server.bestBid("ETHUSDT"));
            assertThat(new BigDecimal(v3Ticker.get("ask1Price").getAsString())).isEqualByComparingTo(server.bestAsk("ETHUSDT"));
        }
    }

    @Test
    void tradesOnTheMarketArePushedToTradeSubscribers() throws Exception {
        TestCredentials taker = server.createHmacKey();
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/public")) {
            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"spot\",\"topic\":\"publicTrade\",\"symbol\":\"BTCUSDT\"}]}");
            ws.nextJson(m -> "snapshot".equals(m.has("action") ? m.get("action").getAsString() : ""));

            new BitgetTestClient(server.baseUrl()).post(taker, "/api/v2/spot/trade/place-order",
                    "{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"0.1\"}");

            JsonObject trade = ws.nextJson().getAsJsonArray("data").get(0).getAsJsonObject();
            assertThat(trade.get("S").getAsString()).isEqualTo("sell");
            assertThat(trade.get("p").getAsString()).isEqualTo("59994");
            assertThat(trade.get("v").getAsString()).isEqualTo("0.1");
        }
    }
}
