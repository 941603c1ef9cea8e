// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Leverage a follower's copied positions use.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopyLeverType {
    /** the follower's current position leverage. Wire text {@code position}. */
    @SerializedName("position") POSITION("position"),
    /** the leverage given in the setting. Wire text {@code specify}. */
    @SerializedName("specify") SPECIFY("specify"),
    /** the trader's leverage. Wire text {@code trader}. */
    @SerializedName("trader") TRADER("trader"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopyLeverType> BY_WIRE = Map.ofEntries(
            Map.entry("position", POSITION),
            Map.entry("specify", SPECIFY),
            Map.entry("trader", TRADER));

    private final String wire;

    CopyLeverType(String wire) {
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
    public static CopyLeverType fromWire(@Nullable String text) {
        CopyLeverType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
