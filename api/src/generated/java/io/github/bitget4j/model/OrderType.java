// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether an order rests at a price (limit) or takes what the book offers (market).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum OrderType {
    /** Wire text {@code limit}. */
    @SerializedName("limit") LIMIT("limit"),
    /** Wire text {@code market}. */
    @SerializedName("market") MARKET("market"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, OrderType> BY_WIRE = Map.ofEntries(
            Map.entry("limit", LIMIT),
            Map.entry("market", MARKET));

    private final String wire;

    OrderType(String wire) {
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
    public static OrderType fromWire(@Nullable String text) {
        OrderType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
