package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MarketDataTest {

    private static TestkitServer server;
    private static BitgetTestClient client;

    @BeforeAll
    static void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static List<BigDecimal> column(JsonArray rows, int index) {
        List<BigDecimal> values = new ArrayList<>();
        for (JsonElement row : rows) {
            values.add(new BigDecimal(row.getAsJsonArray().get(index).getAsString()));
        }
        return values;
    }

    @Test
    void serverTimeIsAStringOfMillisecondsInBothVersions() {
        for (String path : List.of("/api/v2/public/time", "/api/v3/public/time")) {
            JsonObject data = client.publicGet(path, "").data().getAsJsonObject();
            assertThat(data.get("serverTime").isJsonPrimitive() && data.get("serverTime").getAsJsonPrimitive().isString()).isTrue();
            assertThat(Long.parseLong(data.get("serverTime").getAsString())).isCloseTo(System.currentTimeMillis(),
                    org.assertj.core.data.Offset.offset(60_000L));
        }
    }

    @Test
    void v2TickersListEverySymbolAndBidIsBelowAsk() {
        JsonArray tickers = client.publicGet("/api/v2/spot/market/tickers", "").data().getAsJsonArray();
        assertThat(tickers.size()).isGreaterThanOrEqualTo(4);
        assertThat(tickers).extracting(t -> t.getAsJsonObject().get("symbol").getAsString()).contains("BTCUSDT", "ETHUSDT");
        for (JsonElement t : tickers) {
            JsonObject o = t.getAsJsonObject();
            assertThat(o.keySet()).contains("high24h", "open", "low24h", "lastPr", "quoteVolume", "baseVolume", "usdtVolume",
                    "bidPr", "askPr", "bidSz", "askSz", "openUtc", "ts", "changeUtc24h", "change24h");
            assertThat(new BigDecimal(o.get("bidPr").getAsString())).isLessThan(new BigDecimal(o.get("askPr").getAsString()));
            assertThat(new BigDecimal(o.get("low24h").getAsString())).isLessThanOrEqualTo(new BigDecimal(o.get("lastPr").getAsString()));
        }
    }

    @Test
    void v2TickerForOneSymbolAndUnknownSymbolError() {
        assertThat(client.publicGet("/api/v2/spot/market/tickers", "symbol=ETHUSDT").data().getAsJsonArray()).hasSize(1);
        assertThat(client.publicGet("/api/v2/spot/market/tickers", "symbol=NOPE").code()).isEqualTo("40034");
    }

    @Test
    void v2CandlesAreEightStringsOldestFirstAndJoinUp() {
        JsonArray candles = client.publicGet("/api/v2/spot/market/candles", "symbol=BTCUSDT&granularity=5min&limit=20")
                .data().getAsJsonArray();
        assertThat(candles).hasSize(20);
        assertThat(candles.get(0).getAsJsonArray()).hasSize(8);
        List<BigDecimal> ts = column(candles, 0);
        for (int i = 1; i < ts.size(); i++) {
            assertThat(ts.get(i).subtract(ts.get(i - 1))).isEqualByComparingTo("300000");
            assertThat(column(candles, 1).get(i)).as("open equals previous close").isEqualByComparingTo(column(candles, 4).get(i - 1));
        }
        for (JsonElement row : candles) {
            JsonArray c = row.getAsJsonArray();
            BigDecimal high = new BigDecimal(c.get(2).getAsString());
            BigDecimal low = new BigDecimal(c.get(3).getAsString());
            assertThat(high).isGreaterThanOrEqualTo(new BigDecimal(c.get(1).getAsString())).isGreaterThanOrEqualTo(new BigDecimal(c.get(4).getAsString()));
            assertThat(low).isLessThanOrEqualTo(new BigDecimal(c.get(1).getAsString())).isLessThanOrEqualTo(new BigDecimal(c.get(4).getAsString()));
        }
    }

    @Test
    void v2CandlesRejectUnknownGranularity() {
        assertThat(client.publicGet("/api/v2/spot/market/candles", "symbol=BTCUSDT&granularity=7min").code()).isEqualTo("40020");
        assertThat(client.publicGet("/api/v2/spot/market/candles", "symbol=BTCUSDT").code()).isEqualTo("40019");
    }

    @Test
    void v2OrderbookHasAscendingAsksAboveDescendingBids() {
        JsonObject book = client.publicGet("/api/v2/spot/market/orderbook", "symbol=BTCUSDT&type=step0&limit=10").data().getAsJsonObject();
        List<BigDecimal> asks = column(book.getAsJsonArray("asks"), 0);
        List<BigDecimal> bids = column(book.getAsJsonArray("bids"), 0);
        assertThat(asks).hasSize(10).isSorted();
        assertThat(bids).hasSize(10).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(bids.getFirst()).isLessThan(asks.getFirst());
        assertThat(book.get("ts").getAsString()).matches("\\d{13}");
    }

    @Test
    void v3InstrumentsDescribeSpotSymbols() {
        JsonArray list = client.publicGet("/api/v3/market/instruments", "category=SPOT&symbol=BTCUSDT").data().getAsJsonArray();
        JsonObject btc = list.get(0).getAsJsonObject();
        assertThat(btc.get("baseCoin").getAsString()).isEqualTo("BTC");
        assertThat(btc.get("quoteCoin").getAsString()).isEqualTo("USDT");
        assertThat(btc.get("pricePrecision").getAsString()).isEqualTo("2");
        assertThat(btc.get("status").getAsString()).isEqualTo("online");
        assertThat(client.publicGet("/api/v3/market/instruments", "category=USDT-FUTURES").data().getAsJsonArray()).isEmpty();
        assertThat(client.publicGet("/api/v3/market/instruments", "").code()).isEqualTo("40019");
    }

    @Test
    void v3TickersAgreeWithTheBook() {
        JsonObject t = client.publicGet("/api/v3/market/tickers", "category=SPOT&symbol=BTCUSDT").data().getAsJsonArray()
                .get(0).getAsJsonObject();
        assertThat(new BigDecimal(t.get("ask1Price").getAsString())).isEqualByComparingTo(server.bestAsk("BTCUSDT"));
        assertThat(new BigDecimal(t.get("bid1Price").getAsString())).isEqualByComparingTo(server.bestBid("BTCUSDT"));
        assertThat(t.keySet()).contains("lastPrice", "openPrice24h", "highPrice24h", "lowPrice24h", "price24hPcnt", "volume24h", "turnover24h");
    }

    @Test
    void v3CandlesAreSevenStrings() {
        JsonArray candles = client.publicGet("/api/v3/market/candles", "category=SPOT&symbol=ETHUSDT&interval=1H&limit=5")
                .data().getAsJsonArray();
        assertThat(candles).hasSize(5);
        assertThat(candles.get(0).getAsJsonArray()).hasSize(7);
        assertThat(column(candles, 0)).isSorted();
        assertThat(client.publicGet("/api/v3/market/candles", "category=SPOT&symbol=ETHUSDT&interval=3H").code()).isEqualTo("40020");
    }

    @Test
    void v3OrderbookUsesShortKeys() {
        JsonObject book = client.publicGet("/api/v3/market/orderbook", "category=SPOT&symbol=ETHUSDT&limit=5").data().getAsJsonObject();
        assertThat(book.getAsJsonArray("a")).hasSize(5);
        assertThat(book.getAsJsonArray("b")).hasSize(5);
        assertThat(column(book.getAsJsonArray("a"), 0).getFirst()).isEqualByComparingTo(server.bestAsk("ETHUSDT"));
    }
}
