// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether the receiver of a withdrawal is a company or a person (travel rule).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaIdentityType {
    /** Wire text {@code company}. */
    @SerializedName("company") COMPANY("company"),
    /** Wire text {@code user}. */
    @SerializedName("user") USER("user"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaIdentityType> BY_WIRE = Map.ofEntries(
            Map.entry("company", COMPANY),
            Map.entry("user", USER));

    private final String wire;

    UtaIdentityType(String wire) {
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
    public static UtaIdentityType fromWire(@Nullable String text) {
        UtaIdentityType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
