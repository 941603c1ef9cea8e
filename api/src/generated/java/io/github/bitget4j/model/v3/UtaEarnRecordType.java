// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which kind of Elite history to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaEarnRecordType {
    /** subscriptions. Wire text {@code subscribe}. */
    @SerializedName("subscribe") SUBSCRIBE("subscribe"),
    /** redemptions. Wire text {@code redeem}. */
    @SerializedName("redeem") REDEEM("redeem"),
    /** interest payouts. Wire text {@code interest}. */
    @SerializedName("interest") INTEREST("interest"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaEarnRecordType> BY_WIRE = Map.ofEntries(
            Map.entry("subscribe", SUBSCRIBE),
            Map.entry("redeem", REDEEM),
            Map.entry("interest", INTEREST));

    private final String wire;

    UtaEarnRecordType(String wire) {
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
    public static UtaEarnRecordType fromWire(@Nullable String text) {
        UtaEarnRecordType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
