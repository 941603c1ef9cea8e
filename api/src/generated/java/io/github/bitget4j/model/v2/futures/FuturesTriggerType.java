// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Price that fires a trigger order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesTriggerType {
    /** last traded price. Wire text {@code fill_price}. */
    @SerializedName("fill_price") FILL_PRICE("fill_price"),
    /** Wire text {@code mark_price}. */
    @SerializedName("mark_price") MARK_PRICE("mark_price"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesTriggerType> BY_WIRE = Map.ofEntries(
            Map.entry("fill_price", FILL_PRICE),
            Map.entry("mark_price", MARK_PRICE));

    private final String wire;

    FuturesTriggerType(String wire) {
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
    public static FuturesTriggerType fromWire(@Nullable String text) {
        FuturesTriggerType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
