// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The price that fires a spot plan order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum SpotTriggerType {
    /** last traded price. Wire text {@code fill_price}. */
    @SerializedName("fill_price") FILL_PRICE("fill_price"),
    /** Wire text {@code mark_price}. */
    @SerializedName("mark_price") MARK_PRICE("mark_price"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, SpotTriggerType> BY_WIRE = Map.ofEntries(
            Map.entry("fill_price", FILL_PRICE),
            Map.entry("mark_price", MARK_PRICE));

    private final String wire;

    SpotTriggerType(String wire) {
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
    public static SpotTriggerType fromWire(@Nullable String text) {
        SpotTriggerType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
