// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which liquidation records to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum MarginLiquidationOrderType {
    /** coin swaps made by the liquidation. Wire text {@code swap}. */
    @SerializedName("swap") SWAP("swap"),
    /** orders placed by the liquidation (Bitget's default). Wire text {@code place_order}. */
    @SerializedName("place_order") PLACE_ORDER("place_order"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, MarginLiquidationOrderType> BY_WIRE = Map.ofEntries(
            Map.entry("swap", SWAP),
            Map.entry("place_order", PLACE_ORDER));

    private final String wire;

    MarginLiquidationOrderType(String wire) {
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
    public static MarginLiquidationOrderType fromWire(@Nullable String text) {
        MarginLiquidationOrderType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
