// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which savings products to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnSavingsFilter {
    /** open for subscription. Wire text {@code available}. */
    @SerializedName("available") AVAILABLE("available"),
    /** products you hold. Wire text {@code held}. */
    @SerializedName("held") HELD("held"),
    /** Wire text {@code available_and_held}. */
    @SerializedName("available_and_held") AVAILABLE_AND_HELD("available_and_held"),
    /** everything, delisted products included. Wire text {@code all}. */
    @SerializedName("all") ALL("all"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnSavingsFilter> BY_WIRE = Map.ofEntries(
            Map.entry("available", AVAILABLE),
            Map.entry("held", HELD),
            Map.entry("available_and_held", AVAILABLE_AND_HELD),
            Map.entry("all", ALL));

    private final String wire;

    EarnSavingsFilter(String wire) {
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
    public static EarnSavingsFilter fromWire(@Nullable String text) {
        EarnSavingsFilter known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
