// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The interval of a V2 candle channel; the utc ones start at 00:00 UTC.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum WsCandleIntervalV2 {
    /** Wire text {@code 1m}. */
    @SerializedName("1m") M1("1m"),
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
    /** Wire text {@code 3D}. */
    @SerializedName("3D") D3("3D"),
    /** Wire text {@code 1W}. */
    @SerializedName("1W") W1("1W"),
    /** Wire text {@code 1M}. */
    @SerializedName("1M") MONTH1("1M"),
    /** Wire text {@code 6Hutc}. */
    @SerializedName("6Hutc") H6_UTC("6Hutc"),
    /** Wire text {@code 12Hutc}. */
    @SerializedName("12Hutc") H12_UTC("12Hutc"),
    /** Wire text {@code 1Dutc}. */
    @SerializedName("1Dutc") D1_UTC("1Dutc"),
    /** Wire text {@code 3Dutc}. */
    @SerializedName("3Dutc") D3_UTC("3Dutc"),
    /** Wire text {@code 1Wutc}. */
    @SerializedName("1Wutc") W1_UTC("1Wutc"),
    /** Wire text {@code 1Mutc}. */
    @SerializedName("1Mutc") MONTH1_UTC("1Mutc"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, WsCandleIntervalV2> BY_WIRE = Map.ofEntries(
            Map.entry("1m", M1),
            Map.entry("5m", M5),
            Map.entry("15m", M15),
            Map.entry("30m", M30),
            Map.entry("1H", H1),
            Map.entry("4H", H4),
            Map.entry("6H", H6),
            Map.entry("12H", H12),
            Map.entry("1D", D1),
            Map.entry("3D", D3),
            Map.entry("1W", W1),
            Map.entry("1M", MONTH1),
            Map.entry("6Hutc", H6_UTC),
            Map.entry("12Hutc", H12_UTC),
            Map.entry("1Dutc", D1_UTC),
            Map.entry("3Dutc", D3_UTC),
            Map.entry("1Wutc", W1_UTC),
            Map.entry("1Mutc", MONTH1_UTC));

    private final String wire;

    WsCandleIntervalV2(String wire) {
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
    public static WsCandleIntervalV2 fromWire(@Nullable String text) {
        WsCandleIntervalV2 known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
