// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the size of a copied order is computed.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopyTraceType {
    /** multiple of the trader's amount (1 = same amount). Wire text {@code percent}. */
    @SerializedName("percent") PERCENT("percent"),
    /** fixed amount per order. Wire text {@code amount}. */
    @SerializedName("amount") AMOUNT("amount"),
    /** fixed quantity per order. Wire text {@code count}. */
    @SerializedName("count") COUNT("count"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopyTraceType> BY_WIRE = Map.ofEntries(
            Map.entry("percent", PERCENT),
            Map.entry("amount", AMOUNT),
            Map.entry("count", COUNT));

    private final String wire;

    CopyTraceType(String wire) {
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
    public static CopyTraceType fromWire(@Nullable String text) {
        CopyTraceType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
