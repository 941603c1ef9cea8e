// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which coins count as collateral in a unified account.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaCollateralType {
    /** the main coins only (USDT, USDC, BTC, ETH, ...). Wire text {@code mainstream}. */
    @SerializedName("mainstream") MAINSTREAM("mainstream"),
    /** every coin Bitget accepts. Wire text {@code all}. */
    @SerializedName("all") ALL("all"),
    /** the coins listed in collateralCoins. Wire text {@code custom}. */
    @SerializedName("custom") CUSTOM("custom"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaCollateralType> BY_WIRE = Map.ofEntries(
            Map.entry("mainstream", MAINSTREAM),
            Map.entry("all", ALL),
            Map.entry("custom", CUSTOM));

    private final String wire;

    UtaCollateralType(String wire) {
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
    public static UtaCollateralType fromWire(@Nullable String text) {
        UtaCollateralType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
