// Generated from codegen/model/v3/account-wallet.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An account a transfer moves funds from or to.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum UtaTransferAccountType {
    /** spot / funding account. */
    @SerializedName("spot") SPOT("spot"),
    /** P2P / OTC account. */
    @SerializedName("p2p") P2P("p2p"),
    /** coin-margined futures account (classic). */
    @SerializedName("coin_futures") COIN_FUTURES("coin_futures"),
    /** USDT futures account (classic). */
    @SerializedName("usdt_futures") USDT_FUTURES("usdt_futures"),
    /** USDC futures account (classic). */
    @SerializedName("usdc_futures") USDC_FUTURES("usdc_futures"),
    /** cross margin account (classic). */
    @SerializedName("crossed_margin") CROSSED_MARGIN("crossed_margin"),
    /** isolated margin account (classic). */
    @SerializedName("isolated_margin") ISOLATED_MARGIN("isolated_margin"),
    /** unified trading account. */
    @SerializedName("uta") UTA("uta"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, UtaTransferAccountType> BY_WIRE = Map.ofEntries(
            Map.entry("spot", SPOT),
            Map.entry("p2p", P2P),
            Map.entry("coin_futures", COIN_FUTURES),
            Map.entry("usdt_futures", USDT_FUTURES),
            Map.entry("usdc_futures", USDC_FUTURES),
            Map.entry("crossed_margin", CROSSED_MARGIN),
            Map.entry("isolated_margin", ISOLATED_MARGIN),
            Map.entry("uta", UTA));

    private final String wire;

    UtaTransferAccountType(String wire) {
        this.wire = wire;
    }

    /** The text Bitget uses for this value; empty for {@link #UNKNOWN}. */
    public String wire() {
        return wire;
    }

    /** The constant for Bitget's text; {@link #UNKNOWN} for null or text this version does not know. */
    public static UtaTransferAccountType fromWire(@Nullable String text) {
        UtaTransferAccountType known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
