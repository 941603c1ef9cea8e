// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An ordinary order (normal) or a take-profit/stop-loss order (tpsl).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum TpslType {
    /** Wire text {@code normal}. */
    @SerializedName("normal") NORMAL("normal"),
    /** Wire text {@code tpsl}. */
    @SerializedName("tpsl") TPSL("tpsl"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, TpslType> BY_WIRE = Map.ofEntries(
            Map.entry("normal", NORMAL),
            Map.entry("tpsl", TPSL));

    private final String wire;

    TpslType(String wire) {
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
    public static TpslType fromWire(@Nullable String text) {
        TpslType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
