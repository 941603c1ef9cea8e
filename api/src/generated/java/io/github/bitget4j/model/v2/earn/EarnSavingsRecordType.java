// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kind of a savings ledger record.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnSavingsRecordType {
    /** Wire text {@code subscribe}. */
    @SerializedName("subscribe") SUBSCRIBE("subscribe"),
    /** Wire text {@code redeem}. */
    @SerializedName("redeem") REDEEM("redeem"),
    /** Wire text {@code pay_interest}. */
    @SerializedName("pay_interest") PAY_INTEREST("pay_interest"),
    /** penalty interest, fixed-term products only. Wire text {@code deduction}. */
    @SerializedName("deduction") DEDUCTION("deduction"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnSavingsRecordType> BY_WIRE = Map.ofEntries(
            Map.entry("subscribe", SUBSCRIBE),
            Map.entry("redeem", REDEEM),
            Map.entry("pay_interest", PAY_INTEREST),
            Map.entry("deduction", DEDUCTION));

    private final String wire;

    EarnSavingsRecordType(String wire) {
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
    public static EarnSavingsRecordType fromWire(@Nullable String text) {
        EarnSavingsRecordType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
