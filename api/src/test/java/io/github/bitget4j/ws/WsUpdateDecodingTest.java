package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import org.junit.jupiter.api.Test;

/** Candle shapes the testkit does not push: V2 positional arrays, V3 kline objects (field names from Bitget's docs). */
class WsUpdateDecodingTest {

    private static WsUpdate update(WsTopic topic, String json) {
        return new WsUpdate(topic.socket(), topic, "snapshot", 0, JsonParser.parseString(json).getAsJsonObject(), json);
    }

    @Test
    void v2CandlesAreReadFromPositionalArrays() {
        var update = update(WsTopicV2.of("SPOT", "candle1m", "BTCUSDT"), "{\"action\":\"snapshot\",\"arg\":{},"
                + "\"data\":[[\"1695685500000\",\"27000\",\"27000.5\",\"26999\",\"27000.2\",\"1.5\",\"40500\",\"40500\"]]}");
        WsCandle candle = update.candles().get(0);
        assertThat(candle.ts()).isEqualTo(1695685500000L);
        assertThat(candle.high()).isEqualByComparingTo("27000.5");
        assertThat(candle.close()).isEqualByComparingTo("27000.2");
        assertThat(candle.quoteVolume()).isEqualByComparingTo("40500");
    }

    @Test
    void v3KlinesAreReadFromObjects() {
        var update = update(WsTopicV3.kline("spot", "BTCUSDT", "1m"), "{\"action\":\"snapshot\",\"arg\":{},"
                + "\"data\":[{\"start\":\"1695685500000\",\"open\":\"27000\",\"close\":\"27000.2\",\"high\":\"27000.5\","
                + "\"low\":\"26999\",\"volume\":\"1.5\",\"turnover\":\"40500\"}]}");
        WsCandle candle = update.candles().get(0);
        assertThat(candle.ts()).isEqualTo(1695685500000L);
        assertThat(candle.low()).isEqualByComparingTo("26999");
        assertThat(candle.baseVolume()).isEqualByComparingTo("1.5");
    }

    @Test
    void v3PositionsReadTheV3FieldNames() {
        var update = update(WsTopicV3.privateTopic("position"), "{\"action\":\"snapshot\",\"arg\":{},\"data\":[{"
                + "\"symbol\":\"BTCUSDT\",\"posSide\":\"long\",\"size\":\"0.5\",\"avgPrice\":\"27000\","
                + "\"unrealisedPnl\":\"12.5\",\"leverage\":\"10\",\"updatedTime\":\"1695685500000\"}]}");
        WsPosition position = update.positions().get(0);
        assertThat(position.holdSide()).isEqualTo("long");
        assertThat(position.total()).isEqualByComparingTo("0.5");
        assertThat(position.avgOpenPrice()).isEqualByComparingTo("27000");
        assertThat(position.unrealizedPnl()).isEqualByComparingTo("12.5");
        assertThat(position.uTime()).isEqualTo(1695685500000L);
    }
}
