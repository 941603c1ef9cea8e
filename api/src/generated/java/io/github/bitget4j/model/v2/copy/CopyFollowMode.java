// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a follower copies a trader.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopyFollowMode {
    /** Wire text {@code basic}. */
    @SerializedName("basic") BASIC("basic"),
    /** default. Wire text {@code advanced}. */
    @SerializedName("advanced") ADVANCED("advanced"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopyFollowMode> BY_WIRE = Map.ofEntries(
            Map.entry("basic", BASIC),
            Map.entry("advanced", ADVANCED));

    private final String wire;

    CopyFollowMode(String wire) {
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
    public static CopyFollowMode fromWire(@Nullable String text) {
        CopyFollowMode known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
