// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a spot or margin order as pushed.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum WsSpotOrderStatusV2 {
    /** Wire text {@code live}. */
    @SerializedName("live") LIVE("live"),
    /** Wire text {@code partially_filled}. */
    @SerializedName("partially_filled") PARTIALLY_FILLED("partially_filled"),
    /** Wire text {@code filled}. */
    @SerializedName("filled") FILLED("filled"),
    /** Wire text {@code cancelled}. */
    @SerializedName("cancelled") CANCELLED("cancelled"),
    /** spelling seen on margin channels. Wire text {@code canceled}. */
    @SerializedName("canceled") CANCELED("canceled"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, WsSpotOrderStatusV2> BY_WIRE = Map.ofEntries(
            Map.entry("live", LIVE),
            Map.entry("partially_filled", PARTIALLY_FILLED),
            Map.entry("filled", FILLED),
            Map.entry("cancelled", CANCELLED),
            Map.entry("canceled", CANCELED));

    private final String wire;

    WsSpotOrderStatusV2(String wire) {
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
    public static WsSpotOrderStatusV2 fromWire(@Nullable String text) {
        WsSpotOrderStatusV2 known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
