// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Any futures plan-order type, as reported and as accepted by cancel.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesPlanType {
    /** Wire text {@code normal_plan}. */
    @SerializedName("normal_plan") NORMAL_PLAN("normal_plan"),
    /** Wire text {@code track_plan}. */
    @SerializedName("track_plan") TRACK_PLAN("track_plan"),
    /** Wire text {@code profit_plan}. */
    @SerializedName("profit_plan") PROFIT_PLAN("profit_plan"),
    /** Wire text {@code loss_plan}. */
    @SerializedName("loss_plan") LOSS_PLAN("loss_plan"),
    /** Wire text {@code moving_plan}. */
    @SerializedName("moving_plan") MOVING_PLAN("moving_plan"),
    /** Wire text {@code pos_profit}. */
    @SerializedName("pos_profit") POS_PROFIT("pos_profit"),
    /** Wire text {@code pos_loss}. */
    @SerializedName("pos_loss") POS_LOSS("pos_loss"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesPlanType> BY_WIRE = Map.ofEntries(
            Map.entry("normal_plan", NORMAL_PLAN),
            Map.entry("track_plan", TRACK_PLAN),
            Map.entry("profit_plan", PROFIT_PLAN),
            Map.entry("loss_plan", LOSS_PLAN),
            Map.entry("moving_plan", MOVING_PLAN),
            Map.entry("pos_profit", POS_PROFIT),
            Map.entry("pos_loss", POS_LOSS));

    private final String wire;

    FuturesPlanType(String wire) {
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
    public static FuturesPlanType fromWire(@Nullable String text) {
        FuturesPlanType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
