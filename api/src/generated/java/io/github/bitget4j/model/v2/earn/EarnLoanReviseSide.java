// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Effect of a collateral change on the pledge rate.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnLoanReviseSide {
    /** collateral added, rate went down. Wire text {@code down}. */
    @SerializedName("down") DOWN("down"),
    /** collateral withdrawn, rate went up. Wire text {@code up}. */
    @SerializedName("up") UP("up"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnLoanReviseSide> BY_WIRE = Map.ofEntries(
            Map.entry("down", DOWN),
            Map.entry("up", UP));

    private final String wire;

    EarnLoanReviseSide(String wire) {
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
    public static EarnLoanReviseSide fromWire(@Nullable String text) {
        EarnLoanReviseSide known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
