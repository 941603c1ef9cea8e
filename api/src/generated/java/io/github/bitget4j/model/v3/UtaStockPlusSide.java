// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Buy or sell, as Stock+ spells it.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaStockPlusSide {
    /** Wire text {@code Buy}. */
    @SerializedName("Buy") BUY("Buy"),
    /** Wire text {@code Sell}. */
    @SerializedName("Sell") SELL("Sell"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaStockPlusSide> BY_WIRE = Map.ofEntries(
            Map.entry("Buy", BUY),
            Map.entry("Sell", SELL));

    private final String wire;

    UtaStockPlusSide(String wire) {
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
    public static UtaStockPlusSide fromWire(@Nullable String text) {
        UtaStockPlusSide known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
