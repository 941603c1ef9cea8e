// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Position side an order belongs to, as reported on orders.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesPosSide {
    /** Wire text {@code long}. */
    @SerializedName("long") LONG("long"),
    /** Wire text {@code short}. */
    @SerializedName("short") SHORT("short"),
    /** one-way mode. Wire text {@code net}. */
    @SerializedName("net") NET("net"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesPosSide> BY_WIRE = Map.ofEntries(
            Map.entry("long", LONG),
            Map.entry("short", SHORT),
            Map.entry("net", NET));

    private final String wire;

    FuturesPosSide(String wire) {
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
    public static FuturesPosSide fromWire(@Nullable String text) {
        FuturesPosSide known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
