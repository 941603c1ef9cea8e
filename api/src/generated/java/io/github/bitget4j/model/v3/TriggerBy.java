// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The price that triggers a take-profit or stop-loss: the last traded price or the mark price.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum TriggerBy {
    /** Wire text {@code market}. */
    @SerializedName("market") MARKET("market"),
    /** Wire text {@code mark}. */
    @SerializedName("mark") MARK("mark"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, TriggerBy> BY_WIRE = Map.ofEntries(
            Map.entry("market", MARKET),
            Map.entry("mark", MARK));

    private final String wire;

    TriggerBy(String wire) {
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
    public static TriggerBy fromWire(@Nullable String text) {
        TriggerBy known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
