package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.ws.v2.ChannelsV2;
import io.github.bitget4j.ws.v2.WsCandleIntervalV2;
import io.github.bitget4j.ws.v2.WsInstTypeV2;
import io.github.bitget4j.ws.v3.ChannelsV3;
import io.github.bitget4j.ws.v3.WsInstTypeV3;
import io.github.bitget4j.ws.v3.WsKlineIntervalV3;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Topics come from the model: the right socket and argument, and impossible topics refused when built. */
class WsTypedTopicsTest {

    @Test
    void typedFactoriesBuildTheArgumentsBitgetDocumentsOnTheSocketTheModelNames() {
        var ticker = ChannelsV2.ticker(WsInstTypeV2.USDT_FUTURES, "BTCUSDT");
        assertThat(ticker.topic().toArg().toString())
                .isEqualTo("{\"instType\":\"USDT-FUTURES\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}");
        assertThat(ticker.topic().socket()).isEqualTo(WsKey.V2_PUBLIC);
        assertThat(ChannelsV2.candle(WsInstTypeV2.SPOT, WsCandleIntervalV2.H6_UTC, "BTCUSDT").topic().channel())
                .isEqualTo("candle6Hutc");
        assertThat(ChannelsV2.spotAccount().topic().toArg().toString())
                .isEqualTo("{\"instType\":\"SPOT\",\"channel\":\"account\",\"coin\":\"default\"}");
        var positions = ChannelsV2.positions(WsInstTypeV2.USDT_FUTURES);
        assertThat(positions.topic().toArg().toString())
                .isEqualTo("{\"instType\":\"USDT-FUTURES\",\"channel\":\"positions\",\"instId\":\"default\"}");
        assertThat(positions.topic().socket()).isEqualTo(WsKey.V2_PRIVATE);
        assertThat(positions.pushType()).isEqualTo(io.github.bitget4j.ws.v2.WsFuturesPositionV2.class);
        assertThat(ChannelsV2.ordersCrossed("BTCUSDT").topic().instType()).isEqualTo("MARGIN");

        var kline = ChannelsV3.kline(WsInstTypeV3.USDT_FUTURES, WsKlineIntervalV3.M5, "BTCUSDT");
        assertThat(kline.topic().toArg().toString())
                .isEqualTo("{\"instType\":\"usdt-futures\",\"topic\":\"kline\",\"symbol\":\"BTCUSDT\",\"interval\":\"5m\"}");
        assertThat(kline.topic().socket()).isEqualTo(WsKey.V3_PUBLIC);
        assertThat(ChannelsV3.position().topic().toArg().toString())
                .isEqualTo("{\"instType\":\"UTA\",\"topic\":\"position\"}");
        assertThat(ChannelsV3.position().topic().socket()).isEqualTo(WsKey.V3_PRIVATE);
    }

    @Test
    void aMistypedChannelFailsWhenBuiltNamingTheChannelsInsteadOfGoingToThePrivateSocket() {
        assertThatThrownBy(() -> WsTopicV2.of("SPOT", "tickers", "BTCUSDT"))
                .isInstanceOf(BitgetValidationException.class)
                .hasMessageContaining("V2 has no channel \"tickers\"")
                .hasMessageContaining("ticker").hasMessageContaining("candle1m").hasMessageContaining("positions");
        assertThatThrownBy(() -> WsTopicV3.of("spot", "trades", "BTCUSDT"))
                .hasMessageContaining("V3 has no channel \"trades\"").hasMessageContaining("publicTrade");
    }

    @Test
    void aChannelForAnInstTypeItIsNotOfferedForFailsNamingTheValidOnes() {
        assertThatThrownBy(() -> ChannelsV2.positions(WsInstTypeV2.SPOT))
                .isInstanceOf(BitgetValidationException.class)
                .hasMessageContaining("positions is offered for instType").hasMessageContaining("USDT-FUTURES")
                .hasMessageContaining("not \"SPOT\"");
        assertThatThrownBy(() -> ChannelsV3.ticker(WsInstTypeV3.UTA, "BTCUSDT"))
                .hasMessageContaining("ticker is offered for instType").hasMessageContaining("spot");
        assertThatThrownBy(() -> ChannelsV2.ticker(WsInstTypeV2.UNKNOWN, "BTCUSDT"))
                .isInstanceOf(BitgetValidationException.class).hasMessageContaining("SPOT");
        assertThatThrownBy(() -> WsTopicV2.of("MARGIN", "ticker", "BTCUSDT")).hasMessageContaining("not \"MARGIN\"");
        assertThatThrownBy(() -> WsTopicV3.privateTopic("ticker")).hasMessageContaining("not \"UTA\"");
    }

    @Test
    void missingOrSurplusTargetsAndBadIntervalsFailWhenBuilt() {
        assertThatThrownBy(() -> ChannelsV2.ticker(WsInstTypeV2.SPOT, " ")).hasMessageContaining("needs an instId");
        assertThatThrownBy(() -> WsTopicV2.of("SPOT", "ticker", "default")).hasMessageContaining("needs a symbol");
        assertThatThrownBy(() -> WsTopicV2.of("SPOT", "account", "BTCUSDT")).hasMessageContaining("needs a coin");
        assertThatThrownBy(() -> WsTopicV3.of("UTA", "order", "BTCUSDT")).hasMessageContaining("takes no symbol");
        assertThatThrownBy(() -> WsTopicV3.kline("spot", "BTCUSDT", "2m"))
                .hasMessageContaining("needs an interval, one of [1m, 3m, 5m").hasMessageContaining("not 2m");
        assertThatThrownBy(() -> ChannelsV3.kline(WsInstTypeV3.SPOT, WsKlineIntervalV3.UNKNOWN, "BTCUSDT"))
                .isInstanceOf(BitgetValidationException.class);
        assertThatThrownBy(() -> ChannelsV2.candle(WsInstTypeV2.SPOT, WsCandleIntervalV2.UNKNOWN, "BTCUSDT"))
                .isInstanceOf(BitgetValidationException.class);
    }

    @Test
    void theInstTypeCaseOfEitherVersionIsAccepted() {
        assertThat(WsTopicV2.of("spot", "ticker", "BTCUSDT").instType()).isEqualTo("SPOT");
        assertThat(WsTopicV3.of("SPOT", "ticker", "BTCUSDT").instType()).isEqualTo("spot");
        assertThat(WsTopicV3.of("SPOT", "ticker", "BTCUSDT")).isEqualTo(ChannelsV3.ticker(WsInstTypeV3.SPOT, "BTCUSDT").topic());
    }

    @Test
    void aChannelNewerThanTheSdkGoesOutUncheckedOnTheSocketTheCallerNames() {
        var topic = WsTopicV2.unlisted(WsKey.V2_PUBLIC, "SPOT", "ticker-fast", "BTCUSDT", null);
        assertThat(topic.socket()).isEqualTo(WsKey.V2_PUBLIC);
        assertThat(topic.toArg().toString()).isEqualTo("{\"instType\":\"SPOT\",\"channel\":\"ticker-fast\",\"instId\":\"BTCUSDT\"}");
        assertThatThrownBy(() -> WsTopicV2.unlisted(WsKey.V3_PUBLIC, "SPOT", "x", "BTCUSDT", null))
                .hasMessageContaining("V2 socket");
    }

    @Test
    void theModelListsEveryDocumentedChannel() {
        var v2 = ChannelsV2.ALL.stream().map(WsChannelSpec::name).collect(Collectors.toSet());
        var v3 = ChannelsV3.ALL.stream().map(WsChannelSpec::name).collect(Collectors.toSet());
        assertThat(v2).contains("ticker", "trade", "books", "books1", "books5", "books15", "index-price", "candle1m",
                "candle1Mutc", "account", "account-crossed", "account-isolated", "orders", "orders-crossed",
                "orders-isolated", "orders-algo", "positions", "positions-history", "fill");
        assertThat(v3).containsExactlyInAnyOrder("ticker", "kline", "books", "books1", "books5", "books50",
                "publicTrade", "account", "order", "fill", "position", "strategy-order");
        System.out.printf("channels in the model: V2 %d names (%d with the candle intervals as one), V3 %d%n",
                v2.size(), v2.stream().filter(n -> !n.startsWith("candle")).count() + 1, v3.size());
    }
}
