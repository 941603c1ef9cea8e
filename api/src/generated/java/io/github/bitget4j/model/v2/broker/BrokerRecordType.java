// Generated from codegen/model/v2/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.broker;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Deposit or withdrawal, as a filter (all) and as a record kind.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum BrokerRecordType {
    /** filter only: both kinds (Bitget's default). Wire text {@code all}. */
    @SerializedName("all") ALL("all"),
    /** Wire text {@code deposit}. */
    @SerializedName("deposit") DEPOSIT("deposit"),
    /** Wire text {@code withdrawal}. */
    @SerializedName("withdrawal") WITHDRAWAL("withdrawal"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, BrokerRecordType> BY_WIRE = Map.ofEntries(
            Map.entry("all", ALL),
            Map.entry("deposit", DEPOSIT),
            Map.entry("withdrawal", WITHDRAWAL));

    private final String wire;

    BrokerRecordType(String wire) {
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
    public static BrokerRecordType fromWire(@Nullable String text) {
        BrokerRecordType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
