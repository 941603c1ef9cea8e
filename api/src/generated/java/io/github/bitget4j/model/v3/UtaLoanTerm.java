// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How long a crypto loan runs: a fixed 7 or 30 days, or open-ended.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaLoanTerm {
    /** fixed 7-day term. Wire text {@code SEVEN}. */
    @SerializedName("SEVEN") SEVEN("SEVEN"),
    /** fixed 30-day term. Wire text {@code THIRTY}. */
    @SerializedName("THIRTY") THIRTY("THIRTY"),
    /** no fixed term. Wire text {@code FLEXIBLE}. */
    @SerializedName("FLEXIBLE") FLEXIBLE("FLEXIBLE"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaLoanTerm> BY_WIRE = Map.ofEntries(
            Map.entry("SEVEN", SEVEN),
            Map.entry("THIRTY", THIRTY),
            Map.entry("FLEXIBLE", FLEXIBLE));

    private final String wire;

    UtaLoanTerm(String wire) {
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
    public static UtaLoanTerm fromWire(@Nullable String text) {
        UtaLoanTerm known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
