// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kind of a Stock+ order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaStockPlusOrderType {
    /** limit order. Wire text {@code LO}. */
    @SerializedName("LO") LO("LO"),
    /** market order. Wire text {@code MO}. */
    @SerializedName("MO") MO("MO"),
    /** limit if touched: a limit order placed when triggerPrice is reached. Wire text {@code LIT}. */
    @SerializedName("LIT") LIT("LIT"),
    /** market if touched: a market order placed when triggerPrice is reached. Wire text {@code MIT}. */
    @SerializedName("MIT") MIT("MIT"),
    /** trailing stop limit, trailing by an amount. Wire text {@code TSLPAMT}. */
    @SerializedName("TSLPAMT") TSLPAMT("TSLPAMT"),
    /** trailing stop limit, trailing by a percentage. Wire text {@code TSLPPCT}. */
    @SerializedName("TSLPPCT") TSLPPCT("TSLPPCT"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaStockPlusOrderType> BY_WIRE = Map.ofEntries(
            Map.entry("LO", LO),
            Map.entry("MO", MO),
            Map.entry("LIT", LIT),
            Map.entry("MIT", MIT),
            Map.entry("TSLPAMT", TSLPAMT),
            Map.entry("TSLPPCT", TSLPPCT));

    private final String wire;

    UtaStockPlusOrderType(String wire) {
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
    public static UtaStockPlusOrderType fromWire(@Nullable String text) {
        UtaStockPlusOrderType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
