// Generated from codegen/model/v3/earn.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The account an Elite subscription is paid from or a redemption is paid to.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaEarnAccount {
    /** the funding account. Wire text {@code spot}. */
    @SerializedName("spot") SPOT("spot"),
    /** the unified account (unified account mode only). Wire text {@code unified}. */
    @SerializedName("unified") UNIFIED("unified"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaEarnAccount> BY_WIRE = Map.ofEntries(
            Map.entry("spot", SPOT),
            Map.entry("unified", UNIFIED));

    private final String wire;

    UtaEarnAccount(String wire) {
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
    public static UtaEarnAccount fromWire(@Nullable String text) {
        UtaEarnAccount known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
