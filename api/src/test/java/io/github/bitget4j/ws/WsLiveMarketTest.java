package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.ws.v2.ChannelsV2;
import io.github.bitget4j.ws.v2.WsInstTypeV2;
import io.github.bitget4j.ws.v2.WsTickerV2;
import io.github.bitget4j.ws.v2.WsTradeV2;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsInstTypeV3;
import io.github.bitget4j.ws.v3.WsPublicTradeV3;
import java.time.Duration;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A testkit whose markets keep moving streams trades and tickers without any order of the test's own. */
class WsLiveMarketTest extends WsTestkitFixture {

    @AfterEach
    void stopMoving() {
        server.keepMarketsMoving(Duration.ZERO);
    }

    @Test
    void aMovingMarketStreamsSpotAndFuturesTradesAndTickers() {
        var futuresTrades = new CopyOnWriteArrayList<WsTradeV2>();
        var futuresTickers = new CopyOnWriteArrayList<WsTickerV2>();
        var spotTrades = new CopyOnWriteArrayList<WsPublicTradeV3>();
        var options = publicOptions().strictResponses(true).build();
        try (var ws2 = new WebsocketClientV2(options); var ws3 = new WebsocketClientV3(options)) {
            ws2.subscribe(ChannelsV2.trade(WsInstTypeV2.USDT_FUTURES, "SOLUSDT"), push -> {
                if (!push.isSnapshot()) {
                    futuresTrades.addAll(push.data());
                }
            });
            ws2.subscribe(ChannelsV2.ticker(WsInstTypeV2.USDT_FUTURES, "SOLUSDT"), push -> futuresTickers.addAll(push.data()));
            ws3.subscribe(ChannelsV3.publicTrade(WsInstTypeV3.SPOT, "XRPUSDT"), push -> {
                if (!push.isSnapshot()) {
                    spotTrades.addAll(push.data());
                }
            });
            server.keepMarketsMoving(Duration.ofMillis(20));
            await("three trades in each market", Duration.ofSeconds(30),
                    () -> futuresTrades.size() >= 3 && spotTrades.size() >= 3 && futuresTickers.size() >= 4);
        }
        assertThat(futuresTrades).allSatisfy(t -> assertThat(t.price()).isPositive());
        assertThat(spotTrades).allSatisfy(t -> assertThat(t.size()).isPositive());
    }
}
