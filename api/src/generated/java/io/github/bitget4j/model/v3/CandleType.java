// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which price a V3 candle series follows: traded, mark or index price.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CandleType {
    /** Wire text {@code MARKET}. */
    @SerializedName("MARKET") MARKET("MARKET"),
    /** Wire text {@code MARK}. */
    @SerializedName("MARK") MARK("MARK"),
    /** Wire text {@code INDEX}. */
    @SerializedName("INDEX") INDEX("INDEX"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CandleType> BY_WIRE = Map.ofEntries(
            Map.entry("MARKET", MARKET),
            Map.entry("MARK", MARK),
            Map.entry("INDEX", INDEX));

    private final String wire;

    CandleType(String wire) {
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
    public static CandleType fromWire(@Nullable String text) {
        CandleType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
