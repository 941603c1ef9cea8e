// Generated from codegen/model/v2/user.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.user;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a virtual sub-account.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum SubAccountStatus {
    /** Wire text {@code normal}. */
    @SerializedName("normal") NORMAL("normal"),
    /** frozen. Wire text {@code freeze}. */
    @SerializedName("freeze") FREEZE("freeze"),
    /** deleted; reported only, cannot be set. Wire text {@code del}. */
    @SerializedName("del") DEL("del"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, SubAccountStatus> BY_WIRE = Map.ofEntries(
            Map.entry("normal", NORMAL),
            Map.entry("freeze", FREEZE),
            Map.entry("del", DEL));

    private final String wire;

    SubAccountStatus(String wire) {
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
    public static SubAccountStatus fromWire(@Nullable String text) {
        SubAccountStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
