// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How long a Stock+ order stays live.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaStockPlusTimeInForce {
    /** until the end of the trading day. Wire text {@code Day}. */
    @SerializedName("Day") DAY("Day"),
    /** until cancelled. Wire text {@code GoodTilCanceled}. */
    @SerializedName("GoodTilCanceled") GOOD_TIL_CANCELED("GoodTilCanceled"),
    /** until expireDate. Wire text {@code GoodTilDate}. */
    @SerializedName("GoodTilDate") GOOD_TIL_DATE("GoodTilDate"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaStockPlusTimeInForce> BY_WIRE = Map.ofEntries(
            Map.entry("Day", DAY),
            Map.entry("GoodTilCanceled", GOOD_TIL_CANCELED),
            Map.entry("GoodTilDate", GOOD_TIL_DATE));

    private final String wire;

    UtaStockPlusTimeInForce(String wire) {
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
    public static UtaStockPlusTimeInForce fromWire(@Nullable String text) {
        UtaStockPlusTimeInForce known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
