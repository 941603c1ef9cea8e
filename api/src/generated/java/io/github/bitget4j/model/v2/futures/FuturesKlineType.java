// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Price series a candle request reads.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesKlineType {
    /** traded price (default). Wire text {@code MARKET}. */
    @SerializedName("MARKET") MARKET("MARKET"),
    /** Wire text {@code MARK}. */
    @SerializedName("MARK") MARK("MARK"),
    /** Wire text {@code INDEX}. */
    @SerializedName("INDEX") INDEX("INDEX"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesKlineType> BY_WIRE = Map.ofEntries(
            Map.entry("MARKET", MARKET),
            Map.entry("MARK", MARK),
            Map.entry("INDEX", INDEX));

    private final String wire;

    FuturesKlineType(String wire) {
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
    public static FuturesKlineType fromWire(@Nullable String text) {
        FuturesKlineType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
