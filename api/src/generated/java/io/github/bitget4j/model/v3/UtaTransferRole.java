// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which side of main/sub transfers to list.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaTransferRole {
    /** transfers the account sent. Wire text {@code initiator}. */
    @SerializedName("initiator") INITIATOR("initiator"),
    /** transfers the account received. Wire text {@code receiver}. */
    @SerializedName("receiver") RECEIVER("receiver"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaTransferRole> BY_WIRE = Map.ofEntries(
            Map.entry("initiator", INITIATOR),
            Map.entry("receiver", RECEIVER));

    private final String wire;

    UtaTransferRole(String wire) {
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
    public static UtaTransferRole fromWire(@Nullable String text) {
        UtaTransferRole known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
