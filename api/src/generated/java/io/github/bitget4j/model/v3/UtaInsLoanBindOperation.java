// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a uid joins or leaves an institutional-loan risk unit.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaInsLoanBindOperation {
    /** Wire text {@code bind}. */
    @SerializedName("bind") BIND("bind"),
    /** Wire text {@code unbind}. */
    @SerializedName("unbind") UNBIND("unbind"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaInsLoanBindOperation> BY_WIRE = Map.ofEntries(
            Map.entry("bind", BIND),
            Map.entry("unbind", UNBIND));

    private final String wire;

    UtaInsLoanBindOperation(String wire) {
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
    public static UtaInsLoanBindOperation fromWire(@Nullable String text) {
        UtaInsLoanBindOperation known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
