// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which way collateral moves when a loan's collateral is adjusted.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaLoanReviseType {
    /** add collateral (lowers the loan-to-value ratio). Wire text {@code IN}. */
    @SerializedName("IN") IN("IN"),
    /** withdraw collateral (raises the loan-to-value ratio). Wire text {@code OUT}. */
    @SerializedName("OUT") OUT("OUT"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaLoanReviseType> BY_WIRE = Map.ofEntries(
            Map.entry("IN", IN),
            Map.entry("OUT", OUT));

    private final String wire;

    UtaLoanReviseType(String wire) {
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
    public static UtaLoanReviseType fromWire(@Nullable String text) {
        UtaLoanReviseType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
