// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What created an order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesOrderSource {
    /** Wire text {@code normal}. */
    @SerializedName("normal") NORMAL("normal"),
    /** Wire text {@code market}. */
    @SerializedName("market") MARKET("market"),
    /** Wire text {@code profit_market}. */
    @SerializedName("profit_market") PROFIT_MARKET("profit_market"),
    /** Wire text {@code loss_market}. */
    @SerializedName("loss_market") LOSS_MARKET("loss_market"),
    /** Wire text {@code Trader_delegate}. */
    @SerializedName("Trader_delegate") TRADER_DELEGATE("Trader_delegate"),
    /** Wire text {@code trader_profit}. */
    @SerializedName("trader_profit") TRADER_PROFIT("trader_profit"),
    /** Wire text {@code trader_loss}. */
    @SerializedName("trader_loss") TRADER_LOSS("trader_loss"),
    /** Wire text {@code reverse}. */
    @SerializedName("reverse") REVERSE("reverse"),
    /** Wire text {@code trader_reverse}. */
    @SerializedName("trader_reverse") TRADER_REVERSE("trader_reverse"),
    /** Wire text {@code profit_limit}. */
    @SerializedName("profit_limit") PROFIT_LIMIT("profit_limit"),
    /** Wire text {@code loss_limit}. */
    @SerializedName("loss_limit") LOSS_LIMIT("loss_limit"),
    /** Wire text {@code liquidation}. */
    @SerializedName("liquidation") LIQUIDATION("liquidation"),
    /** Wire text {@code delivery_close_long}. */
    @SerializedName("delivery_close_long") DELIVERY_CLOSE_LONG("delivery_close_long"),
    /** Wire text {@code delivery_close_short}. */
    @SerializedName("delivery_close_short") DELIVERY_CLOSE_SHORT("delivery_close_short"),
    /** Wire text {@code pos_profit_limit}. */
    @SerializedName("pos_profit_limit") POS_PROFIT_LIMIT("pos_profit_limit"),
    /** Wire text {@code pos_profit_market}. */
    @SerializedName("pos_profit_market") POS_PROFIT_MARKET("pos_profit_market"),
    /** Wire text {@code pos_loss_limit}. */
    @SerializedName("pos_loss_limit") POS_LOSS_LIMIT("pos_loss_limit"),
    /** Wire text {@code pos_loss_market}. */
    @SerializedName("pos_loss_market") POS_LOSS_MARKET("pos_loss_market"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesOrderSource> BY_WIRE = Map.ofEntries(
            Map.entry("normal", NORMAL),
            Map.entry("market", MARKET),
            Map.entry("profit_market", PROFIT_MARKET),
            Map.entry("loss_market", LOSS_MARKET),
            Map.entry("Trader_delegate", TRADER_DELEGATE),
            Map.entry("trader_profit", TRADER_PROFIT),
            Map.entry("trader_loss", TRADER_LOSS),
            Map.entry("reverse", REVERSE),
            Map.entry("trader_reverse", TRADER_REVERSE),
            Map.entry("profit_limit", PROFIT_LIMIT),
            Map.entry("loss_limit", LOSS_LIMIT),
            Map.entry("liquidation", LIQUIDATION),
            Map.entry("delivery_close_long", DELIVERY_CLOSE_LONG),
            Map.entry("delivery_close_short", DELIVERY_CLOSE_SHORT),
            Map.entry("pos_profit_limit", POS_PROFIT_LIMIT),
            Map.entry("pos_profit_market", POS_PROFIT_MARKET),
            Map.entry("pos_loss_limit", POS_LOSS_LIMIT),
            Map.entry("pos_loss_market", POS_LOSS_MARKET));

    private final String wire;

    FuturesOrderSource(String wire) {
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
    public static FuturesOrderSource fromWire(@Nullable String text) {
        FuturesOrderSource known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
