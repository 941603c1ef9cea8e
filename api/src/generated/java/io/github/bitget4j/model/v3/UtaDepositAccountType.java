// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The account a coin's deposits are credited to.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaDepositAccountType {
    /** funding account (Bitget's default). Wire text {@code funding}. */
    @SerializedName("funding") FUNDING("funding"),
    /** unified trading account. Wire text {@code unified}. */
    @SerializedName("unified") UNIFIED("unified"),
    /** OTC account. Wire text {@code otc}. */
    @SerializedName("otc") OTC("otc"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaDepositAccountType> BY_WIRE = Map.ofEntries(
            Map.entry("funding", FUNDING),
            Map.entry("unified", UNIFIED),
            Map.entry("otc", OTC));

    private final String wire;

    UtaDepositAccountType(String wire) {
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
    public static UtaDepositAccountType fromWire(@Nullable String text) {
        UtaDepositAccountType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
