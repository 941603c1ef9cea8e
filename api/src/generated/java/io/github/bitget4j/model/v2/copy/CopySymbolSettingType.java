// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a futures trader's symbol setting entry does.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopySymbolSettingType {
    /** open the symbol for copy trading. Wire text {@code ADD}. */
    @SerializedName("ADD") ADD("ADD"),
    /** stop offering the symbol. Wire text {@code DELETE}. */
    @SerializedName("DELETE") DELETE("DELETE"),
    /** change the symbol's take-profit / stop-loss ratios. Wire text {@code UPDATE}. */
    @SerializedName("UPDATE") UPDATE("UPDATE"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopySymbolSettingType> BY_WIRE = Map.ofEntries(
            Map.entry("ADD", ADD),
            Map.entry("DELETE", DELETE),
            Map.entry("UPDATE", UPDATE));

    private final String wire;

    CopySymbolSettingType(String wire) {
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
    public static CopySymbolSettingType fromWire(@Nullable String text) {
        CopySymbolSettingType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
