// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Self-trade prevention: what happens when your own orders would match.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum StpMode {
    /** Wire text {@code none}. */
    @SerializedName("none") NONE("none"),
    /** Wire text {@code cancel_taker}. */
    @SerializedName("cancel_taker") CANCEL_TAKER("cancel_taker"),
    /** Wire text {@code cancel_maker}. */
    @SerializedName("cancel_maker") CANCEL_MAKER("cancel_maker"),
    /** Wire text {@code cancel_both}. */
    @SerializedName("cancel_both") CANCEL_BOTH("cancel_both"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, StpMode> BY_WIRE = Map.ofEntries(
            Map.entry("none", NONE),
            Map.entry("cancel_taker", CANCEL_TAKER),
            Map.entry("cancel_maker", CANCEL_MAKER),
            Map.entry("cancel_both", CANCEL_BOTH));

    private final String wire;

    StpMode(String wire) {
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
    public static StpMode fromWire(@Nullable String text) {
        StpMode known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
