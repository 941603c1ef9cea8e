// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a margin order borrows and repays.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum MarginLoanType {
    /** no automatic borrowing or repayment. Wire text {@code normal}. */
    @SerializedName("normal") NORMAL("normal"),
    /** borrows what the order needs. Wire text {@code autoLoan}. */
    @SerializedName("autoLoan") AUTO_LOAN("autoLoan"),
    /** repays debt from what the order brings in. Wire text {@code autoRepay}. */
    @SerializedName("autoRepay") AUTO_REPAY("autoRepay"),
    /** both. Wire text {@code autoLoanAndRepay}. */
    @SerializedName("autoLoanAndRepay") AUTO_LOAN_AND_REPAY("autoLoanAndRepay"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, MarginLoanType> BY_WIRE = Map.ofEntries(
            Map.entry("normal", NORMAL),
            Map.entry("autoLoan", AUTO_LOAN),
            Map.entry("autoRepay", AUTO_REPAY),
            Map.entry("autoLoanAndRepay", AUTO_LOAN_AND_REPAY));

    private final String wire;

    MarginLoanType(String wire) {
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
    public static MarginLoanType fromWire(@Nullable String text) {
        MarginLoanType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
