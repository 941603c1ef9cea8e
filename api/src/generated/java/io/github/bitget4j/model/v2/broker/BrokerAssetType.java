// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which spot balances to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerAssetType {
    /** coins with a balance (Bitget's default). Wire text {@code hold_only}. */
    @SerializedName("hold_only") HOLD_ONLY("hold_only"),
    /** Wire text {@code all}. */
    @SerializedName("all") ALL("all"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerAssetType> BY_WIRE = Map.ofEntries(
            Map.entry("hold_only", HOLD_ONLY),
            Map.entry("all", ALL));

    private final String wire;

    BrokerAssetType(String wire) {
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
    public static BrokerAssetType fromWire(@Nullable String text) {
        BrokerAssetType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
