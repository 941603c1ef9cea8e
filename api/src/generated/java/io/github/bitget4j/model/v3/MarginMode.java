// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a futures position shares the account's margin (crossed) or has its own (isolated).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum MarginMode {
    /** Wire text {@code crossed}. */
    @SerializedName("crossed") CROSSED("crossed"),
    /** Wire text {@code isolated}. */
    @SerializedName("isolated") ISOLATED("isolated"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, MarginMode> BY_WIRE = Map.ofEntries(
            Map.entry("crossed", CROSSED),
            Map.entry("isolated", ISOLATED));

    private final String wire;

    MarginMode(String wire) {
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
    public static MarginMode fromWire(@Nullable String text) {
        MarginMode known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
