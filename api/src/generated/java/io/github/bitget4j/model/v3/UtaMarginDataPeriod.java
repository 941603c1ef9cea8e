// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The window of a V3 margin statistics series.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaMarginDataPeriod {
    /** the last 24 hours (Bitget's default). Wire text {@code 24h}. */
    @SerializedName("24h") H24("24h"),
    /** the last 30 days. Wire text {@code 30d}. */
    @SerializedName("30d") D30("30d"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaMarginDataPeriod> BY_WIRE = Map.ofEntries(
            Map.entry("24h", H24),
            Map.entry("30d", D30));

    private final String wire;

    UtaMarginDataPeriod(String wire) {
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
    public static UtaMarginDataPeriod fromWire(@Nullable String text) {
        UtaMarginDataPeriod known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
