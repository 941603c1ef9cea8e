// Generated from codegen/model/v2/spot-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An account type of a classic account, as named by transfers.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum SpotAccountType {
    /** spot account. Wire text {@code spot}. */
    @SerializedName("spot") SPOT("spot"),
    /** P2P / funding account. Wire text {@code p2p}. */
    @SerializedName("p2p") P2P("p2p"),
    /** coin-margined futures. Wire text {@code coin_futures}. */
    @SerializedName("coin_futures") COIN_FUTURES("coin_futures"),
    /** USDT-margined futures. Wire text {@code usdt_futures}. */
    @SerializedName("usdt_futures") USDT_FUTURES("usdt_futures"),
    /** USDC-margined futures. Wire text {@code usdc_futures}. */
    @SerializedName("usdc_futures") USDC_FUTURES("usdc_futures"),
    /** cross margin. Wire text {@code crossed_margin}. */
    @SerializedName("crossed_margin") CROSSED_MARGIN("crossed_margin"),
    /** isolated margin; a transfer needs the symbol. Wire text {@code isolated_margin}. */
    @SerializedName("isolated_margin") ISOLATED_MARGIN("isolated_margin"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, SpotAccountType> BY_WIRE = Map.ofEntries(
            Map.entry("spot", SPOT),
            Map.entry("p2p", P2P),
            Map.entry("coin_futures", COIN_FUTURES),
            Map.entry("usdt_futures", USDT_FUTURES),
            Map.entry("usdc_futures", USDC_FUTURES),
            Map.entry("crossed_margin", CROSSED_MARGIN),
            Map.entry("isolated_margin", ISOLATED_MARGIN));

    private final String wire;

    SpotAccountType(String wire) {
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
    public static SpotAccountType fromWire(@Nullable String text) {
        SpotAccountType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
