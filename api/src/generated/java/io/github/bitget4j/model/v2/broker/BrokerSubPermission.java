// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Permission of a broker sub-account.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerSubPermission {
    /** Wire text {@code withdraw}. */
    @SerializedName("withdraw") WITHDRAW("withdraw"),
    /** Wire text {@code transfer}. */
    @SerializedName("transfer") TRANSFER("transfer"),
    /** Wire text {@code spot_trade}. */
    @SerializedName("spot_trade") SPOT_TRADE("spot_trade"),
    /** Wire text {@code contract_trade}. */
    @SerializedName("contract_trade") CONTRACT_TRADE("contract_trade"),
    /** Wire text {@code read}. */
    @SerializedName("read") READ("read"),
    /** Wire text {@code deposit}. */
    @SerializedName("deposit") DEPOSIT("deposit"),
    /** Wire text {@code margin_trade}. */
    @SerializedName("margin_trade") MARGIN_TRADE("margin_trade"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerSubPermission> BY_WIRE = Map.ofEntries(
            Map.entry("withdraw", WITHDRAW),
            Map.entry("transfer", TRANSFER),
            Map.entry("spot_trade", SPOT_TRADE),
            Map.entry("contract_trade", CONTRACT_TRADE),
            Map.entry("read", READ),
            Map.entry("deposit", DEPOSIT),
            Map.entry("margin_trade", MARGIN_TRADE));

    private final String wire;

    BrokerSubPermission(String wire) {
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
    public static BrokerSubPermission fromWire(@Nullable String text) {
        BrokerSubPermission known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
