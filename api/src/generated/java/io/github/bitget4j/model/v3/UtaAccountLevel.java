// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The trading mode of a unified account.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaAccountLevel {
    /** basic mode. Wire text {@code basic}. */
    @SerializedName("basic") BASIC("basic"),
    /** advanced mode. Wire text {@code advanced}. */
    @SerializedName("advanced") ADVANCED("advanced"),
    /** isolated mode. Wire text {@code isolated}. */
    @SerializedName("isolated") ISOLATED("isolated"),
    /** delta-neutral mode (Bitget now prefers advanced with deltaSwitch=yes). Wire text {@code delta}. */
    @SerializedName("delta") DELTA("delta"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaAccountLevel> BY_WIRE = Map.ofEntries(
            Map.entry("basic", BASIC),
            Map.entry("advanced", ADVANCED),
            Map.entry("isolated", ISOLATED),
            Map.entry("delta", DELTA));

    private final String wire;

    UtaAccountLevel(String wire) {
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
    public static UtaAccountLevel fromWire(@Nullable String text) {
        UtaAccountLevel known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
