// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The product line of a ledger or tax record query; OTHER covers the rest.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaBizType {
    /** Wire text {@code SPOT}. */
    @SerializedName("SPOT") SPOT("SPOT"),
    /** Wire text {@code MARGIN}. */
    @SerializedName("MARGIN") MARGIN("MARGIN"),
    /** Wire text {@code USDT-FUTURES}. */
    @SerializedName("USDT-FUTURES") USDT_FUTURES("USDT-FUTURES"),
    /** Wire text {@code COIN-FUTURES}. */
    @SerializedName("COIN-FUTURES") COIN_FUTURES("COIN-FUTURES"),
    /** Wire text {@code USDC-FUTURES}. */
    @SerializedName("USDC-FUTURES") USDC_FUTURES("USDC-FUTURES"),
    /** Wire text {@code OTHER}. */
    @SerializedName("OTHER") OTHER("OTHER"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaBizType> BY_WIRE = Map.ofEntries(
            Map.entry("SPOT", SPOT),
            Map.entry("MARGIN", MARGIN),
            Map.entry("USDT-FUTURES", USDT_FUTURES),
            Map.entry("COIN-FUTURES", COIN_FUTURES),
            Map.entry("USDC-FUTURES", USDC_FUTURES),
            Map.entry("OTHER", OTHER));

    private final String wire;

    UtaBizType(String wire) {
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
    public static UtaBizType fromWire(@Nullable String text) {
        UtaBizType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
