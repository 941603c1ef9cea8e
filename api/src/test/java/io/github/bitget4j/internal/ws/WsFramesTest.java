package io.github.bitget4j.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import io.github.bitget4j.ws.WsTopicV2;
import io.github.bitget4j.ws.WsTopicV3;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WsFramesTest {

    @Test
    void fortyTopicsGoOutInThreeFramesOfAtMostFifteen() {
        var topics = new ArrayList<WsTopicV2>();
        for (int i = 0; i < 40; i++) {
            topics.add(WsTopicV2.of("SPOT", "ticker", "SYM" + i + "USDT"));
        }
        List<String> frames = WsFrames.subscriptions("subscribe", topics);
        assertThat(frames).hasSize(3);
        assertThat(frames).extracting(f -> JsonParser.parseString(f).getAsJsonObject().getAsJsonArray("args").size())
                .containsExactly(15, 15, 10);
        assertThat(JsonParser.parseString(frames.get(2)).getAsJsonObject().get("op").getAsString()).isEqualTo("subscribe");
    }

    @Test
    void loginFrameCarriesTheTimestampInSecondsAsANumber() {
        var frame = JsonParser.parseString(WsFrames.login("key", "pass", 1700000000L, "c2ln")).getAsJsonObject();
        var arg = frame.getAsJsonArray("args").get(0).getAsJsonObject();
        assertThat(frame.get("op").getAsString()).isEqualTo("login");
        assertThat(arg.get("timestamp").getAsJsonPrimitive().isNumber()).isTrue();
        assertThat(arg.get("timestamp").getAsLong()).isEqualTo(1700000000L);
        assertThat(WsFrames.loginPrehash(1700000000L)).isEqualTo("1700000000GET/user/verify");
    }

    @Test
    void aPushArgFindsItsTopicWhateverTheCaseOfInstType() {
        var v2 = WsTopicV2.coin("SPOT", "account", "default");
        assertThat(WsFrames.lookupKey(JsonParser.parseString(
                "{\"instType\":\"spot\",\"channel\":\"account\",\"coin\":\"default\"}").getAsJsonObject()))
                .isEqualTo(WsFrames.lookupKey(v2));
        var v3 = WsTopicV3.kline("SPOT", "BTCUSDT", "1m");
        assertThat(WsFrames.lookupKey(JsonParser.parseString(
                "{\"instType\":\"spot\",\"topic\":\"kline\",\"symbol\":\"BTCUSDT\",\"interval\":\"1m\"}").getAsJsonObject()))
                .isEqualTo(WsFrames.lookupKey(v3));
    }

    @Test
    void channelsThatDifferByCaseAloneAreDifferentSubscriptions() {
        assertThat(WsFrames.lookupKey(WsTopicV2.of("SPOT", "candle1m", "BTCUSDT")))
                .isNotEqualTo(WsFrames.lookupKey(WsTopicV2.of("SPOT", "candle1M", "BTCUSDT")));
        assertThat(WsFrames.lookupKey(JsonParser.parseString(
                "{\"instType\":\"SPOT\",\"channel\":\"candle1M\",\"instId\":\"BTCUSDT\"}").getAsJsonObject()))
                .isEqualTo(WsFrames.lookupKey(WsTopicV2.of("SPOT", "candle1M", "BTCUSDT")));
    }

    @Test
    void privateV3TopicsUseInstTypeUtaAndThePrivateSocket() {
        var order = WsTopicV3.privateTopic("order");
        assertThat(order.toArg().toString()).isEqualTo("{\"instType\":\"UTA\",\"topic\":\"order\"}");
        assertThat(order.socket().isPrivate()).isTrue();
        assertThat(WsTopicV3.of("spot", "books", "BTCUSDT").socket().isPrivate()).isFalse();
    }
}
