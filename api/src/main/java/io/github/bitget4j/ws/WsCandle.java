package io.github.bitget4j.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One candle: V2 sends {@code [ts, open, high, low, close, baseVolume, quoteVolume, usdtVolume]}, V3 {@code kline}
 * an object ({@code start}, {@code open}, {@code high}, {@code low}, {@code close}, {@code volume}, {@code turnover}).
 *
 * @param ts          start of the candle (ms)
 * @param open        opening price
 * @param high        highest price
 * @param low         lowest price
 * @param close       closing (or latest) price
 * @param baseVolume  volume in the base coin
 * @param quoteVolume volume in the quote coin
 */
public record WsCandle(long ts, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
        @Nullable BigDecimal baseVolume, @Nullable BigDecimal quoteVolume) {

    static WsCandle from(JsonElement element) {
        if (element.isJsonArray()) {
            JsonArray a = element.getAsJsonArray();
            return new WsCandle(a.get(0).getAsLong(), decimal(a, 1), decimal(a, 2), decimal(a, 3), decimal(a, 4),
                    a.size() > 5 ? decimal(a, 5) : null, a.size() > 6 ? decimal(a, 6) : null);
        }
        JsonObject o = element.getAsJsonObject();
        JsonElement start = o.has("start") ? o.get("start") : o.get("ts");
        return new WsCandle(start.getAsLong(), o.get("open").getAsBigDecimal(), o.get("high").getAsBigDecimal(),
                o.get("low").getAsBigDecimal(), o.get("close").getAsBigDecimal(),
                o.has("volume") ? o.get("volume").getAsBigDecimal() : null,
                o.has("turnover") ? o.get("turnover").getAsBigDecimal() : null);
    }

    private static BigDecimal decimal(JsonArray a, int i) {
        return a.get(i).getAsBigDecimal();
    }
}
