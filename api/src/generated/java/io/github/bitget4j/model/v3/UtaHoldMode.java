// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether futures positions are one net position per symbol or long and short apart.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaHoldMode {
    /** one net position per symbol. Wire text {@code one_way_mode}. */
    @SerializedName("one_way_mode") ONE_WAY_MODE("one_way_mode"),
    /** long and short positions side by side. Wire text {@code hedge_mode}. */
    @SerializedName("hedge_mode") HEDGE_MODE("hedge_mode"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaHoldMode> BY_WIRE = Map.ofEntries(
            Map.entry("one_way_mode", ONE_WAY_MODE),
            Map.entry("hedge_mode", HEDGE_MODE));

    private final String wire;

    UtaHoldMode(String wire) {
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
    public static UtaHoldMode fromWire(@Nullable String text) {
        UtaHoldMode known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
