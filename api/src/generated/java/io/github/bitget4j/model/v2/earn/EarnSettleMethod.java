// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * When a savings product pays out.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnSettleMethod {
    /** interest settled every day. Wire text {@code daily}. */
    @SerializedName("daily") DAILY("daily"),
    /** principal and interest paid at the end of the term. Wire text {@code maturity}. */
    @SerializedName("maturity") MATURITY("maturity"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnSettleMethod> BY_WIRE = Map.ofEntries(
            Map.entry("daily", DAILY),
            Map.entry("maturity", MATURITY));

    private final String wire;

    EarnSettleMethod(String wire) {
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
    public static EarnSettleMethod fromWire(@Nullable String text) {
        EarnSettleMethod known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
