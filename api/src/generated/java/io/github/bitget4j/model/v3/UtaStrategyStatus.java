// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The state of a V3 strategy order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaStrategyStatus {
    /** waiting for its trigger. Wire text {@code pending}. */
    @SerializedName("pending") PENDING("pending"),
    /** triggered, order being placed. Wire text {@code submitting}. */
    @SerializedName("submitting") SUBMITTING("submitting"),
    /** triggered and placed. Wire text {@code success}. */
    @SerializedName("success") SUCCESS("success"),
    /** triggered, but the order failed. Wire text {@code failed}. */
    @SerializedName("failed") FAILED("failed"),
    /** Wire text {@code cancelled}. */
    @SerializedName("cancelled") CANCELLED("cancelled"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaStrategyStatus> BY_WIRE = Map.ofEntries(
            Map.entry("pending", PENDING),
            Map.entry("submitting", SUBMITTING),
            Map.entry("success", SUCCESS),
            Map.entry("failed", FAILED),
            Map.entry("cancelled", CANCELLED));

    private final String wire;

    UtaStrategyStatus(String wire) {
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
    public static UtaStrategyStatus fromWire(@Nullable String text) {
        UtaStrategyStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
