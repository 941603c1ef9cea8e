// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A V3 maker fee group.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaFeeGroup {
    /** Wire text {@code DEFAULT}. */
    @SerializedName("DEFAULT") DEFAULT("DEFAULT"),
    /** Wire text {@code GROUP_A}. */
    @SerializedName("GROUP_A") GROUP_A("GROUP_A"),
    /** Wire text {@code GROUP_B}. */
    @SerializedName("GROUP_B") GROUP_B("GROUP_B"),
    /** Wire text {@code GROUP_C}. */
    @SerializedName("GROUP_C") GROUP_C("GROUP_C"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaFeeGroup> BY_WIRE = Map.ofEntries(
            Map.entry("DEFAULT", DEFAULT),
            Map.entry("GROUP_A", GROUP_A),
            Map.entry("GROUP_B", GROUP_B),
            Map.entry("GROUP_C", GROUP_C));

    private final String wire;

    UtaFeeGroup(String wire) {
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
    public static UtaFeeGroup fromWire(@Nullable String text) {
        UtaFeeGroup known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
