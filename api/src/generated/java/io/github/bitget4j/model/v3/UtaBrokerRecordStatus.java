// Generated from codegen/model/v3/broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a sub-account deposit or withdrawal, as a filter.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaBrokerRecordStatus {
    /** Wire text {@code pending}. */
    @SerializedName("pending") PENDING("pending"),
    /** Wire text {@code fail}. */
    @SerializedName("fail") FAIL("fail"),
    /** Wire text {@code success}. */
    @SerializedName("success") SUCCESS("success"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaBrokerRecordStatus> BY_WIRE = Map.ofEntries(
            Map.entry("pending", PENDING),
            Map.entry("fail", FAIL),
            Map.entry("success", SUCCESS));

    private final String wire;

    UtaBrokerRecordStatus(String wire) {
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
    public static UtaBrokerRecordStatus fromWire(@Nullable String text) {
        UtaBrokerRecordStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
