// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a spot trader adds or removes copy-trading symbols.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopySpotSymbolSettingType {
    /** Wire text {@code add}. */
    @SerializedName("add") ADD("add"),
    /** Wire text {@code delete}. */
    @SerializedName("delete") DELETE("delete"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopySpotSymbolSettingType> BY_WIRE = Map.ofEntries(
            Map.entry("add", ADD),
            Map.entry("delete", DELETE));

    private final String wire;

    CopySpotSymbolSettingType(String wire) {
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
    public static CopySpotSymbolSettingType fromWire(@Nullable String text) {
        CopySpotSymbolSettingType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
