// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Kind of a stand-alone take-profit / stop-loss order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesTpslPlanType {
    /** partial take profit, needs a size. Wire text {@code profit_plan}. */
    @SerializedName("profit_plan") PROFIT_PLAN("profit_plan"),
    /** partial stop loss, needs a size. Wire text {@code loss_plan}. */
    @SerializedName("loss_plan") LOSS_PLAN("loss_plan"),
    /** trailing stop, needs a size and rangeRate. Wire text {@code moving_plan}. */
    @SerializedName("moving_plan") MOVING_PLAN("moving_plan"),
    /** take profit on the whole position. Wire text {@code pos_profit}. */
    @SerializedName("pos_profit") POS_PROFIT("pos_profit"),
    /** stop loss on the whole position. Wire text {@code pos_loss}. */
    @SerializedName("pos_loss") POS_LOSS("pos_loss"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesTpslPlanType> BY_WIRE = Map.ofEntries(
            Map.entry("profit_plan", PROFIT_PLAN),
            Map.entry("loss_plan", LOSS_PLAN),
            Map.entry("moving_plan", MOVING_PLAN),
            Map.entry("pos_profit", POS_PROFIT),
            Map.entry("pos_loss", POS_LOSS));

    private final String wire;

    FuturesTpslPlanType(String wire) {
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
    public static FuturesTpslPlanType fromWire(@Nullable String text) {
        FuturesTpslPlanType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
