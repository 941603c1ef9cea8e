// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The product line a V3 request is about. Tickers, candles and order books exist for all but MARGIN.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum Category {
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
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, Category> BY_WIRE = Map.ofEntries(
            Map.entry("SPOT", SPOT),
            Map.entry("MARGIN", MARGIN),
            Map.entry("USDT-FUTURES", USDT_FUTURES),
            Map.entry("COIN-FUTURES", COIN_FUTURES),
            Map.entry("USDC-FUTURES", USDC_FUTURES));

    private final String wire;

    Category(String wire) {
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
    public static Category fromWire(@Nullable String text) {
        Category known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
