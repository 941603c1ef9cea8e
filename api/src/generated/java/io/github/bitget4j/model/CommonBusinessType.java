// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The product line a fee rate is asked for.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CommonBusinessType {
    /** Wire text {@code spot}. */
    @SerializedName("spot") SPOT("spot"),
    /** Wire text {@code margin}. */
    @SerializedName("margin") MARGIN("margin"),
    /** futures. Wire text {@code mix}. */
    @SerializedName("mix") MIX("mix"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CommonBusinessType> BY_WIRE = Map.ofEntries(
            Map.entry("spot", SPOT),
            Map.entry("margin", MARGIN),
            Map.entry("mix", MIX));

    private final String wire;

    CommonBusinessType(String wire) {
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
    public static CommonBusinessType fromWire(@Nullable String text) {
        CommonBusinessType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
