// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The kind of a V3 strategy order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaStrategyType {
    /** take-profit and/or stop-loss on a position (Bitget's default). Wire text {@code tpsl}. */
    @SerializedName("tpsl") TPSL("tpsl"),
    /** an order placed when a trigger price is reached. Wire text {@code trigger}. */
    @SerializedName("trigger") TRIGGER("trigger"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaStrategyType> BY_WIRE = Map.ofEntries(
            Map.entry("tpsl", TPSL),
            Map.entry("trigger", TRIGGER));

    private final String wire;

    UtaStrategyType(String wire) {
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
    public static UtaStrategyType fromWire(@Nullable String text) {
        UtaStrategyType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
