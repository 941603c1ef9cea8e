// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Permission of a sub-account API key.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerApiKeyPermission {
    /** Wire text {@code contract_order}. */
    @SerializedName("contract_order") CONTRACT_ORDER("contract_order"),
    /** Wire text {@code contract_position}. */
    @SerializedName("contract_position") CONTRACT_POSITION("contract_position"),
    /** Wire text {@code spot_trade}. */
    @SerializedName("spot_trade") SPOT_TRADE("spot_trade"),
    /** spot margin trading. Wire text {@code margin_trade}. */
    @SerializedName("margin_trade") MARGIN_TRADE("margin_trade"),
    /** Wire text {@code copytrading_trade}. */
    @SerializedName("copytrading_trade") COPYTRADING_TRADE("copytrading_trade"),
    /** needs read_and_write. Wire text {@code wallet_transfer}. */
    @SerializedName("wallet_transfer") WALLET_TRANSFER("wallet_transfer"),
    /** needs read_and_write. Wire text {@code wallet_withdraw}. */
    @SerializedName("wallet_withdraw") WALLET_WITHDRAW("wallet_withdraw"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerApiKeyPermission> BY_WIRE = Map.ofEntries(
            Map.entry("contract_order", CONTRACT_ORDER),
            Map.entry("contract_position", CONTRACT_POSITION),
            Map.entry("spot_trade", SPOT_TRADE),
            Map.entry("margin_trade", MARGIN_TRADE),
            Map.entry("copytrading_trade", COPYTRADING_TRADE),
            Map.entry("wallet_transfer", WALLET_TRANSFER),
            Map.entry("wallet_withdraw", WALLET_WITHDRAW));

    private final String wire;

    BrokerApiKeyPermission(String wire) {
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
    public static BrokerApiKeyPermission fromWire(@Nullable String text) {
        BrokerApiKeyPermission known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
