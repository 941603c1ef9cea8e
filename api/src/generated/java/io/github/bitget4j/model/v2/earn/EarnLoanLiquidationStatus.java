// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a loan liquidation.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnLoanLiquidationStatus {
    /** Wire text {@code COMPLETE}. */
    @SerializedName("COMPLETE") COMPLETE("COMPLETE"),
    /** in progress. Wire text {@code WAIT}. */
    @SerializedName("WAIT") WAIT("WAIT"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnLoanLiquidationStatus> BY_WIRE = Map.ofEntries(
            Map.entry("COMPLETE", COMPLETE),
            Map.entry("WAIT", WAIT));

    private final String wire;

    EarnLoanLiquidationStatus(String wire) {
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
    public static EarnLoanLiquidationStatus fromWire(@Nullable String text) {
        EarnLoanLiquidationStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
