// Generated from codegen/model/v2/earn-sharkfin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Shark fin holdings to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnSharkfinAssetStatus {
    /** still running (Bitget's default). Wire text {@code subscribed}. */
    @SerializedName("subscribed") SUBSCRIBED("subscribed"),
    /** Wire text {@code settled}. */
    @SerializedName("settled") SETTLED("settled"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnSharkfinAssetStatus> BY_WIRE = Map.ofEntries(
            Map.entry("subscribed", SUBSCRIBED),
            Map.entry("settled", SETTLED));

    private final String wire;

    EarnSharkfinAssetStatus(String wire) {
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
    public static EarnSharkfinAssetStatus fromWire(@Nullable String text) {
        EarnSharkfinAssetStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
