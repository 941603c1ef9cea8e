// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What identifies the receiver of an internal withdrawal.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaInnerToType {
    /** a Bitget user id. Wire text {@code uid}. */
    @SerializedName("uid") UID("uid"),
    /** Wire text {@code email}. */
    @SerializedName("email") EMAIL("email"),
    /** a phone number (needs areaCode). Wire text {@code mobile}. */
    @SerializedName("mobile") MOBILE("mobile"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaInnerToType> BY_WIRE = Map.ofEntries(
            Map.entry("uid", UID),
            Map.entry("email", EMAIL),
            Map.entry("mobile", MOBILE));

    private final String wire;

    UtaInnerToType(String wire) {
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
    public static UtaInnerToType fromWire(@Nullable String text) {
        UtaInnerToType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
