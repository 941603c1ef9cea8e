// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Term of a savings product.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnPeriodType {
    /** redeemable at any time. Wire text {@code flexible}. */
    @SerializedName("flexible") FLEXIBLE("flexible"),
    /** locked for a fixed number of days. Wire text {@code fixed}. */
    @SerializedName("fixed") FIXED("fixed"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnPeriodType> BY_WIRE = Map.ofEntries(
            Map.entry("flexible", FLEXIBLE),
            Map.entry("fixed", FIXED));

    private final String wire;

    EarnPeriodType(String wire) {
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
    public static EarnPeriodType fromWire(@Nullable String text) {
        EarnPeriodType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
