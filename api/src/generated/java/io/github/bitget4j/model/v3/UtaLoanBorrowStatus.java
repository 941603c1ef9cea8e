// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a finished crypto loan ended, as a borrow-history filter.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaLoanBorrowStatus {
    /** the borrow failed. Wire text {@code ROLLBACK}. */
    @SerializedName("ROLLBACK") ROLLBACK("ROLLBACK"),
    /** liquidated. Wire text {@code FORCE}. */
    @SerializedName("FORCE") FORCE("FORCE"),
    /** repaid. Wire text {@code REPAY}. */
    @SerializedName("REPAY") REPAY("REPAY"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaLoanBorrowStatus> BY_WIRE = Map.ofEntries(
            Map.entry("ROLLBACK", ROLLBACK),
            Map.entry("FORCE", FORCE),
            Map.entry("REPAY", REPAY));

    private final String wire;

    UtaLoanBorrowStatus(String wire) {
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
    public static UtaLoanBorrowStatus fromWire(@Nullable String text) {
        UtaLoanBorrowStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
