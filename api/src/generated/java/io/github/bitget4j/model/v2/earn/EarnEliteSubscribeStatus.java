// Generated from codegen/model/v2/earn-elite.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * State of an Elite subscription.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum EarnEliteSubscribeStatus {
    /** Wire text {@code settled}. */
    @SerializedName("settled") SETTLED("settled"),
    /** Wire text {@code pending}. */
    @SerializedName("pending") PENDING("pending"),
    /** Wire text {@code rejected}. */
    @SerializedName("rejected") REJECTED("rejected"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, EarnEliteSubscribeStatus> BY_WIRE = Map.ofEntries(
            Map.entry("settled", SETTLED),
            Map.entry("pending", PENDING),
            Map.entry("rejected", REJECTED));

    private final String wire;

    EarnEliteSubscribeStatus(String wire) {
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
    public static EarnEliteSubscribeStatus fromWire(@Nullable String text) {
        EarnEliteSubscribeStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
