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
    /** the follower's current position leverage. */
    @SerializedName("position") POSITION("position"),
    /** the leverage given in the setting. */
    @SerializedName("specify") SPECIFY("specify"),
    /** the trader's leverage. */
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

    /** The text Bitget uses for this value; empty for {@link #UNKNOWN}. */
    public String wire() {
        return wire;
    }

    /** The constant for Bitget's text; {@link #UNKNOWN} for null or text this version does not know. */
    public static CopyLeverType fromWire(@Nullable String text) {
        CopyLeverType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
