// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Term of a crypto loan.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnLoanTerm {
    /** 7 days. Wire text {@code SEVEN}. */
    @SerializedName("SEVEN") SEVEN("SEVEN"),
    /** 30 days. Wire text {@code THIRTY}. */
    @SerializedName("THIRTY") THIRTY("THIRTY"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnLoanTerm> BY_WIRE = Map.ofEntries(
            Map.entry("SEVEN", SEVEN),
            Map.entry("THIRTY", THIRTY));

    private final String wire;

    EarnLoanTerm(String wire) {
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
    public static EarnLoanTerm fromWire(@Nullable String text) {
        EarnLoanTerm known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
