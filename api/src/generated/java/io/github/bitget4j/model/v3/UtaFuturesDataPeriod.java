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
    /** Bitget's default. */
    @SerializedName("5m") M5("5m"),
    @SerializedName("15m") M15("15m"),
    @SerializedName("30m") M30("30m"),
    @SerializedName("1h") H1("1h"),
    @SerializedName("2h") H2("2h"),
    @SerializedName("4h") H4("4h"),
    @SerializedName("6h") H6("6h"),
    @SerializedName("12h") H12("12h"),
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

    /** The text Bitget uses for this value; empty for {@link #UNKNOWN}. */
    public String wire() {
        return wire;
    }

    /** The constant for Bitget's text; {@link #UNKNOWN} for null or text this version does not know. */
    public static UtaFuturesDataPeriod fromWire(@Nullable String text) {
        UtaFuturesDataPeriod known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
