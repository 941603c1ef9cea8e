// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The granularity of a V3 futures statistics series.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaFuturesDataPeriod {
    /** Bitget's default. Wire text {@code 5m}. */
    @SerializedName("5m") M5("5m"),
    /** Wire text {@code 15m}. */
    @SerializedName("15m") M15("15m"),
    /** Wire text {@code 30m}. */
    @SerializedName("30m") M30("30m"),
    /** Wire text {@code 1h}. */
    @SerializedName("1h") H1("1h"),
    /** Wire text {@code 2h}. */
    @SerializedName("2h") H2("2h"),
    /** Wire text {@code 4h}. */
    @SerializedName("4h") H4("4h"),
    /** Wire text {@code 6h}. */
    @SerializedName("6h") H6("6h"),
    /** Wire text {@code 12h}. */
    @SerializedName("12h") H12("12h"),
    /** Wire text {@code 1d}. */
    @SerializedName("1d") D1("1d"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaFuturesDataPeriod> BY_WIRE = Map.ofEntries(
            Map.entry("5m", M5),
            Map.entry("15m", M15),
            Map.entry("30m", M30),
            Map.entry("1h", H1),
            Map.entry("2h", H2),
            Map.entry("4h", H4),
            Map.entry("6h", H6),
            Map.entry("12h", H12),
            Map.entry("1d", D1));

    private final String wire;

    UtaFuturesDataPeriod(String wire) {
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
    public static UtaFuturesDataPeriod fromWire(@Nullable String text) {
        UtaFuturesDataPeriod known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
