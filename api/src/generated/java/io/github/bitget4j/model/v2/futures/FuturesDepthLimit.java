// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Number of levels of the merged depth.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesDepthLimit {
    /** Wire text {@code 1}. */
    @SerializedName("1") LEVELS_1("1"),
    /** Wire text {@code 5}. */
    @SerializedName("5") LEVELS_5("5"),
    /** Wire text {@code 15}. */
    @SerializedName("15") LEVELS_15("15"),
    /** Wire text {@code 50}. */
    @SerializedName("50") LEVELS_50("50"),
    /** Wire text {@code max}. */
    @SerializedName("max") MAX("max"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesDepthLimit> BY_WIRE = Map.ofEntries(
            Map.entry("1", LEVELS_1),
            Map.entry("5", LEVELS_5),
            Map.entry("15", LEVELS_15),
            Map.entry("50", LEVELS_50),
            Map.entry("max", MAX));

    private final String wire;

    FuturesDepthLimit(String wire) {
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
    public static FuturesDepthLimit fromWire(@Nullable String text) {
        FuturesDepthLimit known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
