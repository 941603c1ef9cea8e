// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a plan order.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesPlanStatus {
    /** waiting for its trigger. Wire text {@code live}. */
    @SerializedName("live") LIVE("live"),
    /** Wire text {@code executed}. */
    @SerializedName("executed") EXECUTED("executed"),
    /** triggered, but the resulting order failed. Wire text {@code fail_trigger}. */
    @SerializedName("fail_trigger") FAIL_TRIGGER("fail_trigger"),
    /** Wire text {@code cancelled}. */
    @SerializedName("cancelled") CANCELLED("cancelled"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesPlanStatus> BY_WIRE = Map.ofEntries(
            Map.entry("live", LIVE),
            Map.entry("executed", EXECUTED),
            Map.entry("fail_trigger", FAIL_TRIGGER),
            Map.entry("cancelled", CANCELLED));

    private final String wire;

    FuturesPlanStatus(String wire) {
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
    public static FuturesPlanStatus fromWire(@Nullable String text) {
        FuturesPlanStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
