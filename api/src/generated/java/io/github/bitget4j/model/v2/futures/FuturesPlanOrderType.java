// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kind of a trigger (plan) order that opens or closes a position.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesPlanOrderType {
    /** plain trigger order. Wire text {@code normal_plan}. */
    @SerializedName("normal_plan") NORMAL_PLAN("normal_plan"),
    /** trailing order, uses callbackRatio. Wire text {@code track_plan}. */
    @SerializedName("track_plan") TRACK_PLAN("track_plan"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesPlanOrderType> BY_WIRE = Map.ofEntries(
            Map.entry("normal_plan", NORMAL_PLAN),
            Map.entry("track_plan", TRACK_PLAN));

    private final String wire;

    FuturesPlanOrderType(String wire) {
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
    public static FuturesPlanOrderType fromWire(@Nullable String text) {
        FuturesPlanOrderType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
