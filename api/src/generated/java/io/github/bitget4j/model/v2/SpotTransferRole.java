// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which side of a main/sub transfer to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum SpotTransferRole {
    /** transfers the account sent (Bitget's default). Wire text {@code initiator}. */
    @SerializedName("initiator") INITIATOR("initiator"),
    /** transfers the account received. Wire text {@code receiver}. */
    @SerializedName("receiver") RECEIVER("receiver"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, SpotTransferRole> BY_WIRE = Map.ofEntries(
            Map.entry("initiator", INITIATOR),
            Map.entry("receiver", RECEIVER));

    private final String wire;

    SpotTransferRole(String wire) {
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
    public static SpotTransferRole fromWire(@Nullable String text) {
        SpotTransferRole known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
