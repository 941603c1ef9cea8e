// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a crypto loan is repaid with.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaLoanRepayMethod {
    /** with the borrowed coin. Wire text {@code borrowed_coin}. */
    @SerializedName("borrowed_coin") BORROWED_COIN("borrowed_coin"),
    /** by selling collateral. Wire text {@code collateral}. */
    @SerializedName("collateral") COLLATERAL("collateral"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaLoanRepayMethod> BY_WIRE = Map.ofEntries(
            Map.entry("borrowed_coin", BORROWED_COIN),
            Map.entry("collateral", COLLATERAL));

    private final String wire;

    UtaLoanRepayMethod(String wire) {
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
    public static UtaLoanRepayMethod fromWire(@Nullable String text) {
        UtaLoanRepayMethod known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
