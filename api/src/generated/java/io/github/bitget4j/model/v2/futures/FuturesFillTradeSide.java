// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trade type reported on orders and fills (more detailed than open/close).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesFillTradeSide {
    /** Wire text {@code open}. */
    @SerializedName("open") OPEN("open"),
    /** Wire text {@code close}. */
    @SerializedName("close") CLOSE("close"),
    /** Wire text {@code reduce_close_long}. */
    @SerializedName("reduce_close_long") REDUCE_CLOSE_LONG("reduce_close_long"),
    /** Wire text {@code reduce_close_short}. */
    @SerializedName("reduce_close_short") REDUCE_CLOSE_SHORT("reduce_close_short"),
    /** Wire text {@code offset_close_long}. */
    @SerializedName("offset_close_long") OFFSET_CLOSE_LONG("offset_close_long"),
    /** Wire text {@code offset_close_short}. */
    @SerializedName("offset_close_short") OFFSET_CLOSE_SHORT("offset_close_short"),
    /** liquidation, hedge mode. Wire text {@code burst_close_long}. */
    @SerializedName("burst_close_long") BURST_CLOSE_LONG("burst_close_long"),
    /** Wire text {@code burst_close_short}. */
    @SerializedName("burst_close_short") BURST_CLOSE_SHORT("burst_close_short"),
    /** Wire text {@code delivery_close_long}. */
    @SerializedName("delivery_close_long") DELIVERY_CLOSE_LONG("delivery_close_long"),
    /** Wire text {@code delivery_close_short}. */
    @SerializedName("delivery_close_short") DELIVERY_CLOSE_SHORT("delivery_close_short"),
    /** one-way mode. Wire text {@code buy_single}. */
    @SerializedName("buy_single") BUY_SINGLE("buy_single"),
    /** Wire text {@code sell_single}. */
    @SerializedName("sell_single") SELL_SINGLE("sell_single"),
    /** Wire text {@code reduce_buy_single}. */
    @SerializedName("reduce_buy_single") REDUCE_BUY_SINGLE("reduce_buy_single"),
    /** Wire text {@code reduce_sell_single}. */
    @SerializedName("reduce_sell_single") REDUCE_SELL_SINGLE("reduce_sell_single"),
    /** Wire text {@code burst_buy_single}. */
    @SerializedName("burst_buy_single") BURST_BUY_SINGLE("burst_buy_single"),
    /** Wire text {@code burst_sell_single}. */
    @SerializedName("burst_sell_single") BURST_SELL_SINGLE("burst_sell_single"),
    /** Wire text {@code delivery_buy_single}. */
    @SerializedName("delivery_buy_single") DELIVERY_BUY_SINGLE("delivery_buy_single"),
    /** Wire text {@code delivery_sell_single}. */
    @SerializedName("delivery_sell_single") DELIVERY_SELL_SINGLE("delivery_sell_single"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesFillTradeSide> BY_WIRE = Map.ofEntries(
            Map.entry("open", OPEN),
            Map.entry("close", CLOSE),
            Map.entry("reduce_close_long", REDUCE_CLOSE_LONG),
            Map.entry("reduce_close_short", REDUCE_CLOSE_SHORT),
            Map.entry("offset_close_long", OFFSET_CLOSE_LONG),
            Map.entry("offset_close_short", OFFSET_CLOSE_SHORT),
            Map.entry("burst_close_long", BURST_CLOSE_LONG),
            Map.entry("burst_close_short", BURST_CLOSE_SHORT),
            Map.entry("delivery_close_long", DELIVERY_CLOSE_LONG),
            Map.entry("delivery_close_short", DELIVERY_CLOSE_SHORT),
            Map.entry("buy_single", BUY_SINGLE),
            Map.entry("sell_single", SELL_SINGLE),
            Map.entry("reduce_buy_single", REDUCE_BUY_SINGLE),
            Map.entry("reduce_sell_single", REDUCE_SELL_SINGLE),
            Map.entry("burst_buy_single", BURST_BUY_SINGLE),
            Map.entry("burst_sell_single", BURST_SELL_SINGLE),
            Map.entry("delivery_buy_single", DELIVERY_BUY_SINGLE),
            Map.entry("delivery_sell_single", DELIVERY_SELL_SINGLE));

    private final String wire;

    FuturesFillTradeSide(String wire) {
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
    public static FuturesFillTradeSide fromWire(@Nullable String text) {
        FuturesFillTradeSide known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
