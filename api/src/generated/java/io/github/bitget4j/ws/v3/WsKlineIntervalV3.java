// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The interval of a V3 kline subscription.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum WsKlineIntervalV3 {
    /** Wire text {@code 1m}. */
    @SerializedName("1m") M1("1m"),
    /** Wire text {@code 3m}. */
    @SerializedName("3m") M3("3m"),
    /** Wire text {@code 5m}. */
    @SerializedName("5m") M5("5m"),
    /** Wire text {@code 15m}. */
    @SerializedName("15m") M15("15m"),
    /** Wire text {@code 30m}. */
    @SerializedName("30m") M30("30m"),
    /** Wire text {@code 1H}. */
    @SerializedName("1H") H1("1H"),
    /** Wire text {@code 4H}. */
    @SerializedName("4H") H4("4H"),
    /** Wire text {@code 6H}. */
    @SerializedName("6H") H6("6H"),
    /** Wire text {@code 12H}. */
    @SerializedName("12H") H12("12H"),
    /** Wire text {@code 1D}. */
    @SerializedName("1D") D1("1D"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, WsKlineIntervalV3> BY_WIRE = Map.ofEntries(
            Map.entry("1m", M1),
            Map.entry("3m", M3),
            Map.entry("5m", M5),
            Map.entry("15m", M15),
            Map.entry("30m", M30),
            Map.entry("1H", H1),
            Map.entry("4H", H4),
            Map.entry("6H", H6),
            Map.entry("12H", H12),
            Map.entry("1D", D1));

    private final String wire;

    WsKlineIntervalV3(String wire) {
        this.wire = wire;
    }

    /**
     * The text Bitget uses for this value.
     *
     * @return the wire text; empty for {@link #UNKNOWN}
     */
    public String wire() {
        return wire;
    }

    /**
     * The constant for Bitget's text; never throws.
     *
     * @param text the wire text, may be null
     * @return the constant; {@link #UNKNOWN} for null or text this version does not know
     */
    public static WsKlineIntervalV3 fromWire(@Nullable String text) {
        WsKlineIntervalV3 known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
