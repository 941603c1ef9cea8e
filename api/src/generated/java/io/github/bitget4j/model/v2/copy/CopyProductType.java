// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Futures product line copy trading supports (no demo lines).
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum CopyProductType {
    /** USDT-margined contracts. Wire text {@code USDT-FUTURES}. */
    @SerializedName("USDT-FUTURES") USDT_FUTURES("USDT-FUTURES"),
    /** coin-margined contracts. Wire text {@code COIN-FUTURES}. */
    @SerializedName("COIN-FUTURES") COIN_FUTURES("COIN-FUTURES"),
    /** USDC-margined contracts. Wire text {@code USDC-FUTURES}. */
    @SerializedName("USDC-FUTURES") USDC_FUTURES("USDC-FUTURES"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, CopyProductType> BY_WIRE = Map.ofEntries(
            Map.entry("USDT-FUTURES", USDT_FUTURES),
            Map.entry("COIN-FUTURES", COIN_FUTURES),
            Map.entry("USDC-FUTURES", USDC_FUTURES));

    private final String wire;

    CopyProductType(String wire) {
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
    public static CopyProductType fromWire(@Nullable String text) {
        CopyProductType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
