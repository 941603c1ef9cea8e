// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Final state of a crypto loan.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnLoanStatus {
    /** failed. Wire text {@code ROLLBACK}. */
    @SerializedName("ROLLBACK") ROLLBACK("ROLLBACK"),
    /** liquidated. Wire text {@code FORCE}. */
    @SerializedName("FORCE") FORCE("FORCE"),
    /** repaid. Wire text {@code REPAY}. */
    @SerializedName("REPAY") REPAY("REPAY"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnLoanStatus> BY_WIRE = Map.ofEntries(
            Map.entry("ROLLBACK", ROLLBACK),
            Map.entry("FORCE", FORCE),
            Map.entry("REPAY", REPAY));

    private final String wire;

    EarnLoanStatus(String wire) {
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
    public static EarnLoanStatus fromWire(@Nullable String text) {
        EarnLoanStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
