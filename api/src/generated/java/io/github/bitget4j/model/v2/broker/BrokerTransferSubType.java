// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Channel of a sub-account deposit or withdrawal.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerTransferSubType {
    /** Wire text {@code onchain}. */
    @SerializedName("onchain") ONCHAIN("onchain"),
    /** Wire text {@code internal}. */
    @SerializedName("internal") INTERNAL("internal"),
    /** fast on-chain or internal address. Wire text {@code fast}. */
    @SerializedName("fast") FAST("fast"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerTransferSubType> BY_WIRE = Map.ofEntries(
            Map.entry("onchain", ONCHAIN),
            Map.entry("internal", INTERNAL),
            Map.entry("fast", FAST));

    private final String wire;

    BrokerTransferSubType(String wire) {
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
    public static BrokerTransferSubType fromWire(@Nullable String text) {
        BrokerTransferSubType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
