// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of a deposit or withdrawal.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaFundStatus {
    /** waiting for confirmation. Wire text {@code pending}. */
    @SerializedName("pending") PENDING("pending"),
    /** Wire text {@code success}. */
    @SerializedName("success") SUCCESS("success"),
    /** Wire text {@code fail}. */
    @SerializedName("fail") FAIL("fail"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaFundStatus> BY_WIRE = Map.ofEntries(
            Map.entry("pending", PENDING),
            Map.entry("success", SUCCESS),
            Map.entry("fail", FAIL));

    private final String wire;

    UtaFundStatus(String wire) {
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
    public static UtaFundStatus fromWire(@Nullable String text) {
        UtaFundStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
