// Generated from codegen/model/v3/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The account type a new sub-account gets.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaSubAccountMode {
    /** classic account. Wire text {@code classic}. */
    @SerializedName("classic") CLASSIC("classic"),
    /** unified trading account. Wire text {@code unified}. */
    @SerializedName("unified") UNIFIED("unified"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaSubAccountMode> BY_WIRE = Map.ofEntries(
            Map.entry("classic", CLASSIC),
            Map.entry("unified", UNIFIED));

    private final String wire;

    UtaSubAccountMode(String wire) {
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
    public static UtaSubAccountMode fromWire(@Nullable String text) {
        UtaSubAccountMode known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
