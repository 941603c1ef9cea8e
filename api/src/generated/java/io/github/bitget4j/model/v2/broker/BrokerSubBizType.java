// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Product a commission comes from.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerSubBizType {
    /** Wire text {@code spot_trade}. */
    @SerializedName("spot_trade") SPOT_TRADE("spot_trade"),
    /** Wire text {@code spot_margin}. */
    @SerializedName("spot_margin") SPOT_MARGIN("spot_margin"),
    /** Wire text {@code usdt_futures}. */
    @SerializedName("usdt_futures") USDT_FUTURES("usdt_futures"),
    /** Wire text {@code usdc_futures}. */
    @SerializedName("usdc_futures") USDC_FUTURES("usdc_futures"),
    /** Wire text {@code coin_futures}. */
    @SerializedName("coin_futures") COIN_FUTURES("coin_futures"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerSubBizType> BY_WIRE = Map.ofEntries(
            Map.entry("spot_trade", SPOT_TRADE),
            Map.entry("spot_margin", SPOT_MARGIN),
            Map.entry("usdt_futures", USDT_FUTURES),
            Map.entry("usdc_futures", USDC_FUTURES),
            Map.entry("coin_futures", COIN_FUTURES));

    private final String wire;

    BrokerSubBizType(String wire) {
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
    public static BrokerSubBizType fromWire(@Nullable String text) {
        BrokerSubBizType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
