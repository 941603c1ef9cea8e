// Generated from codegen/model/v2/broker-commission.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Payment state of an affiliate commission.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerCommissionStatus {
    /** Wire text {@code settled}. */
    @SerializedName("settled") SETTLED("settled"),
    /** Wire text {@code unsettled}. */
    @SerializedName("unsettled") UNSETTLED("unsettled"),
    /** Wire text {@code notIssued}. */
    @SerializedName("notIssued") NOTISSUED("notIssued"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerCommissionStatus> BY_WIRE = Map.ofEntries(
            Map.entry("settled", SETTLED),
            Map.entry("unsettled", UNSETTLED),
            Map.entry("notIssued", NOTISSUED));

    private final String wire;

    BrokerCommissionStatus(String wire) {
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
    public static BrokerCommissionStatus fromWire(@Nullable String text) {
        BrokerCommissionStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
