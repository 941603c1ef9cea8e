// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Access level of a sub-account API key.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerApiKeyPermType {
    /** Wire text {@code read_and_write}. */
    @SerializedName("read_and_write") READ_AND_WRITE("read_and_write"),
    /** Wire text {@code readonly}. */
    @SerializedName("readonly") READONLY("readonly"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerApiKeyPermType> BY_WIRE = Map.ofEntries(
            Map.entry("read_and_write", READ_AND_WRITE),
            Map.entry("readonly", READONLY));

    private final String wire;

    BrokerApiKeyPermType(String wire) {
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
    public static BrokerApiKeyPermType fromWire(@Nullable String text) {
        BrokerApiKeyPermType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
