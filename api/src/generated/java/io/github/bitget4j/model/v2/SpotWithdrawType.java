// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How a withdrawal travels.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum SpotWithdrawType {
    /** to a blockchain address. Wire text {@code on_chain}. */
    @SerializedName("on_chain") ON_CHAIN("on_chain"),
    /** to another Bitget account, by uid, email or mobile. Wire text {@code internal_transfer}. */
    @SerializedName("internal_transfer") INTERNAL_TRANSFER("internal_transfer"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, SpotWithdrawType> BY_WIRE = Map.ofEntries(
            Map.entry("on_chain", ON_CHAIN),
            Map.entry("internal_transfer", INTERNAL_TRANSFER));

    private final String wire;

    SpotWithdrawType(String wire) {
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
    public static SpotWithdrawType fromWire(@Nullable String text) {
        SpotWithdrawType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
