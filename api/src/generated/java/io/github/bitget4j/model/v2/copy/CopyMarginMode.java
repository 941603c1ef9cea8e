// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Margin mode of a copied position, as the copy-trading calls spell it.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopyMarginMode {
    /** Wire text {@code isolated}. */
    @SerializedName("isolated") ISOLATED("isolated"),
    /** Wire text {@code cross}. */
    @SerializedName("cross") CROSS("cross"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopyMarginMode> BY_WIRE = Map.ofEntries(
            Map.entry("isolated", ISOLATED),
            Map.entry("cross", CROSS));

    private final String wire;

    CopyMarginMode(String wire) {
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
    public static CopyMarginMode fromWire(@Nullable String text) {
        CopyMarginMode known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
