// Generated from codegen/model/v2/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v2;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The product line of a V2 subscription; S-prefixed ones are demo trading.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum WsInstTypeV2 {
    @SerializedName("SPOT") SPOT("SPOT"),
    /** margin channels (orders-crossed, account-isolated, ...). */
    @SerializedName("MARGIN") MARGIN("MARGIN"),
    @SerializedName("USDT-FUTURES") USDT_FUTURES("USDT-FUTURES"),
    @SerializedName("COIN-FUTURES") COIN_FUTURES("COIN-FUTURES"),
    @SerializedName("USDC-FUTURES") USDC_FUTURES("USDC-FUTURES"),
    @SerializedName("SUSDT-FUTURES") SUSDT_FUTURES("SUSDT-FUTURES"),
    @SerializedName("SCOIN-FUTURES") SCOIN_FUTURES("SCOIN-FUTURES"),
    @SerializedName("SUSDC-FUTURES") SUSDC_FUTURES("SUSDC-FUTURES"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, WsInstTypeV2> BY_WIRE = Map.ofEntries(
            Map.entry("SPOT", SPOT),
            Map.entry("MARGIN", MARGIN),
            Map.entry("USDT-FUTURES", USDT_FUTURES),
            Map.entry("COIN-FUTURES", COIN_FUTURES),
            Map.entry("USDC-FUTURES", USDC_FUTURES),
            Map.entry("SUSDT-FUTURES", SUSDT_FUTURES),
            Map.entry("SCOIN-FUTURES", SCOIN_FUTURES),
            Map.entry("SUSDC-FUTURES", SUSDC_FUTURES));

    private final String wire;

    WsInstTypeV2(String wire) {
        this.wire = wire;
    }

    /** The text Bitget uses for this value; empty for {@link #UNKNOWN}. */
    public String wire() {
        return wire;
    }

    /** The constant for Bitget's text; {@link #UNKNOWN} for null or text this version does not know. */
    public static WsInstTypeV2 fromWire(@Nullable String text) {
        WsInstTypeV2 known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
