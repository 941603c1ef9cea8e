// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Channel through which a user is linked to the broker.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerAffiliationType {
    /** a client channel. Wire text {@code affiliate}. */
    @SerializedName("affiliate") AFFILIATE("affiliate"),
    /** Bitget's own website. Wire text {@code official}. */
    @SerializedName("official") OFFICIAL("official"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerAffiliationType> BY_WIRE = Map.ofEntries(
            Map.entry("affiliate", AFFILIATE),
            Map.entry("official", OFFICIAL));

    private final String wire;

    BrokerAffiliationType(String wire) {
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
    public static BrokerAffiliationType fromWire(@Nullable String text) {
        BrokerAffiliationType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
