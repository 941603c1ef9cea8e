package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WsSubscriptionTest extends WsTestkitFixture {

    private static final List<String> SYMBOLS = List.of("BTCUSDT", "ETHUSDT", "SOLUSDT", "XRPUSDT", "BGBUSDT", "ETHBTC");

    /** 40 distinct V2 public topics over the testkit's symbols. */
    static List<WsTopicV2> fortyTopics() {
        var channels = List.of("ticker", "trade", "books5", "books15", "candle1m", "candle5m", "candle15m");
        var topics = new ArrayList<WsTopicV2>();
        for (String channel : channels) {
            for (String symbol : SYMBOLS) {
                if (topics.size() < 40) {
                    topics.add(WsTopicV2.of("SPOT", channel, symbol));
                }
            }
        }
        return topics;
    }

    static Set<String> keys(Set<? extends WsTopic> topics) {
        return topics.stream().map(WsTopic::key).collect(Collectors.toSet());
    }

    @Test
    void fortyTopicsGoOutInThreeFramesAndAllReachTheServer() {
        RecordingWebSocketTransportProvider.SENT.clear();
        try (var ws = new WebsocketClientV2(publicOptions().webSocketTransportProvider("recording").build())) {
            ws.subscribe(fortyTopics());
            await("40 subscriptions on the server", Duration.ofSeconds(30),
                    () -> server.wsSubscriptions("/v2/ws/public").size() == 40);
            assertThat(server.wsSubscriptions("/v2/ws/public")).isEqualTo(keys(ws.subscriptions()));
            assertThat(ws.subscriptions()).hasSize(40);
            List<String> frames = RecordingWebSocketTransportProvider.sentOn("/v2/ws/public").stream()
                    .filter(f -> f.contains("\"op\":\"subscribe\"")).toList();
            assertThat(frames).hasSize(3);
            assertThat(frames).extracting(f -> com.google.gson.JsonParser.parseString(f).getAsJsonObject()
                    .getAsJsonArray("args").size()).containsExactly(15, 15, 10);
        }
    }

    @Test
    void unsubscribeRemovesTheTopicFromTheServerAndTheClient() {
        try (var ws = new WebsocketClientV3(publicOptions().build())) {
            var ticker = WsTopicV3.of("spot", "ticker", "BTCUSDT");
            var trades = WsTopicV3.of("spot", "publicTrade", "BTCUSDT");
            ws.subscribe(List.of(ticker, trades));
            await("2 subscriptions", Duration.ofSeconds(30), () -> server.wsSubscriptions("/v3/ws/public").size() == 2);
            ws.unsubscribe(ticker);
            await("1 subscription", Duration.ofSeconds(30), () -> server.wsSubscriptions("/v3/ws/public").size() == 1);
            assertThat(server.wsSubscriptions("/v3/ws/public")).containsExactly(trades.key());
            assertThat(ws.subscriptions()).containsExactly(trades);
        }
    }

    @Test
    void tickerPushesReachTheSubscriptionsHandlerDecoded() {
        var tickers = new CopyOnWriteArrayList<WsTicker>();
        try (var ws = new WebsocketClientV2(publicOptions().build())) {
            ws.subscribe(WsTopicV2.of("SPOT", "ticker", "BTCUSDT"), update -> tickers.addAll(update.tickers()));
            await("the snapshot", Duration.ofSeconds(30), () -> !tickers.isEmpty());
            server.pushTicker("BTCUSDT");
            await("a second ticker", Duration.ofSeconds(30), () -> tickers.size() >= 2);
            WsTicker last = tickers.get(tickers.size() - 1);
            assertThat(last.symbol()).isEqualTo("BTCUSDT");
            assertThat(last.lastPrice()).isPositive();
            assertThat(last.bidPrice()).isLessThan(last.askPrice());
        }
    }

    @Test
    void v3TickerPushesDecodeToTheSameRecord() {
        var tickers = new CopyOnWriteArrayList<WsTicker>();
        try (var ws = new WebsocketClientV3(publicOptions().build())) {
            ws.subscribe(WsTopicV3.of("spot", "ticker", "ETHUSDT"), update -> tickers.addAll(update.tickers()));
            await("the snapshot", Duration.ofSeconds(30), () -> !tickers.isEmpty());
            assertThat(tickers.get(0).symbol()).isEqualTo("ETHUSDT");
            assertThat(tickers.get(0).lastPrice()).isPositive();
        }
    }
}
