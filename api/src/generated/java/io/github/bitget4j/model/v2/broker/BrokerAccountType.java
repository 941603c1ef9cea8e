// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Account that deposits to a sub-account are moved to.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerAccountType {
    /** Bitget's default. Wire text {@code spot}. */
    @SerializedName("spot") SPOT("spot"),
    /** Wire text {@code usdt-futures}. */
    @SerializedName("usdt-futures") USDT_FUTURES("usdt-futures"),
    /** Wire text {@code coin-futures}. */
    @SerializedName("coin-futures") COIN_FUTURES("coin-futures"),
    /** Wire text {@code usdc-futures}. */
    @SerializedName("usdc-futures") USDC_FUTURES("usdc-futures"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerAccountType> BY_WIRE = Map.ofEntries(
            Map.entry("spot", SPOT),
            Map.entry("usdt-futures", USDT_FUTURES),
            Map.entry("coin-futures", COIN_FUTURES),
            Map.entry("usdc-futures", USDC_FUTURES));

    private final String wire;

    BrokerAccountType(String wire) {
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
    public static BrokerAccountType fromWire(@Nullable String text) {
        BrokerAccountType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
