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
    /** the borrow failed. */
    @SerializedName("ROLLBACK") ROLLBACK("ROLLBACK"),
    /** liquidated. */
    @SerializedName("FORCE") FORCE("FORCE"),
    /** repaid. */
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

    /** The text Bitget uses for this value; empty for {@link #UNKNOWN}. */
    public String wire() {
        return wire;
    }

    /** The constant for Bitget's text; {@link #UNKNOWN} for null or text this version does not know. */
    public static UtaLoanBorrowStatus fromWire(@Nullable String text) {
        UtaLoanBorrowStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
