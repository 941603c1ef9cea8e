// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which trading sessions a Stock+ order may fill in.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaStockPlusOutsideRth {
    /** regular trading hours only. Wire text {@code RTHOnly}. */
    @SerializedName("RTHOnly") RTH_ONLY("RTHOnly"),
    /** also pre-market and after-hours. Wire text {@code AnyTime}. */
    @SerializedName("AnyTime") ANY_TIME("AnyTime"),
    /** the overnight session. Wire text {@code Overnight}. */
    @SerializedName("Overnight") OVERNIGHT("Overnight"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaStockPlusOutsideRth> BY_WIRE = Map.ofEntries(
            Map.entry("RTHOnly", RTH_ONLY),
            Map.entry("AnyTime", ANY_TIME),
            Map.entry("Overnight", OVERNIGHT));

    private final String wire;

    UtaStockPlusOutsideRth(String wire) {
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
    public static UtaStockPlusOutsideRth fromWire(@Nullable String text) {
        UtaStockPlusOutsideRth known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
