// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Price merge level of the merged depth; scale0 is the finest.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesDepthPrecision {
    /** Wire text {@code scale0}. */
    @SerializedName("scale0") SCALE0("scale0"),
    /** Wire text {@code scale1}. */
    @SerializedName("scale1") SCALE1("scale1"),
    /** Wire text {@code scale2}. */
    @SerializedName("scale2") SCALE2("scale2"),
    /** Wire text {@code scale3}. */
    @SerializedName("scale3") SCALE3("scale3"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesDepthPrecision> BY_WIRE = Map.ofEntries(
            Map.entry("scale0", SCALE0),
            Map.entry("scale1", SCALE1),
            Map.entry("scale2", SCALE2),
            Map.entry("scale3", SCALE3));

    private final String wire;

    FuturesDepthPrecision(String wire) {
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
    public static FuturesDepthPrecision fromWire(@Nullable String text) {
        FuturesDepthPrecision known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
