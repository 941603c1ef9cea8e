// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Candle interval; *utc ones are aligned to UTC midnight.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesGranularity {
    /** Wire text {@code 1m}. */
    @SerializedName("1m") MIN_1("1m"),
    /** Wire text {@code 3m}. */
    @SerializedName("3m") MIN_3("3m"),
    /** Wire text {@code 5m}. */
    @SerializedName("5m") MIN_5("5m"),
    /** Wire text {@code 15m}. */
    @SerializedName("15m") MIN_15("15m"),
    /** Wire text {@code 30m}. */
    @SerializedName("30m") MIN_30("30m"),
    /** Wire text {@code 1H}. */
    @SerializedName("1H") HOUR_1("1H"),
    /** Wire text {@code 4H}. */
    @SerializedName("4H") HOUR_4("4H"),
    /** Wire text {@code 6H}. */
    @SerializedName("6H") HOUR_6("6H"),
    /** Wire text {@code 12H}. */
    @SerializedName("12H") HOUR_12("12H"),
    /** Wire text {@code 1D}. */
    @SerializedName("1D") DAY_1("1D"),
    /** Wire text {@code 3D}. */
    @SerializedName("3D") DAY_3("3D"),
    /** Wire text {@code 1W}. */
    @SerializedName("1W") WEEK_1("1W"),
    /** Wire text {@code 1M}. */
    @SerializedName("1M") MONTH_1("1M"),
    /** Wire text {@code 6Hutc}. */
    @SerializedName("6Hutc") HOUR_6_UTC("6Hutc"),
    /** Wire text {@code 12Hutc}. */
    @SerializedName("12Hutc") HOUR_12_UTC("12Hutc"),
    /** Wire text {@code 1Dutc}. */
    @SerializedName("1Dutc") DAY_1_UTC("1Dutc"),
    /** Wire text {@code 3Dutc}. */
    @SerializedName("3Dutc") DAY_3_UTC("3Dutc"),
    /** Wire text {@code 1Wutc}. */
    @SerializedName("1Wutc") WEEK_1_UTC("1Wutc"),
    /** Wire text {@code 1Mutc}. */
    @SerializedName("1Mutc") MONTH_1_UTC("1Mutc"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesGranularity> BY_WIRE = Map.ofEntries(
            Map.entry("1m", MIN_1),
            Map.entry("3m", MIN_3),
            Map.entry("5m", MIN_5),
            Map.entry("15m", MIN_15),
            Map.entry("30m", MIN_30),
            Map.entry("1H", HOUR_1),
            Map.entry("4H", HOUR_4),
            Map.entry("6H", HOUR_6),
            Map.entry("12H", HOUR_12),
            Map.entry("1D", DAY_1),
            Map.entry("3D", DAY_3),
            Map.entry("1W", WEEK_1),
            Map.entry("1M", MONTH_1),
            Map.entry("6Hutc", HOUR_6_UTC),
            Map.entry("12Hutc", HOUR_12_UTC),
            Map.entry("1Dutc", DAY_1_UTC),
            Map.entry("3Dutc", DAY_3_UTC),
            Map.entry("1Wutc", WEEK_1_UTC),
            Map.entry("1Mutc", MONTH_1_UTC));

    private final String wire;

    FuturesGranularity(String wire) {
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
    public static FuturesGranularity fromWire(@Nullable String text) {
        FuturesGranularity known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
