// Generated from codegen/model/v3/ws.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.ws.v3;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The product line of a V3 subscription; private topics use UTA.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum WsInstTypeV3 {
    /** Wire text {@code spot}. */
    @SerializedName("spot") SPOT("spot"),
    /** Wire text {@code usdt-futures}. */
    @SerializedName("usdt-futures") USDT_FUTURES("usdt-futures"),
    /** Wire text {@code coin-futures}. */
    @SerializedName("coin-futures") COIN_FUTURES("coin-futures"),
    /** Wire text {@code usdc-futures}. */
    @SerializedName("usdc-futures") USDC_FUTURES("usdc-futures"),
    /** the unified account: every private topic. Wire text {@code UTA}. */
    @SerializedName("UTA") UTA("UTA"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, WsInstTypeV3> BY_WIRE = Map.ofEntries(
            Map.entry("spot", SPOT),
            Map.entry("usdt-futures", USDT_FUTURES),
            Map.entry("coin-futures", COIN_FUTURES),
            Map.entry("usdc-futures", USDC_FUTURES),
            Map.entry("UTA", UTA));

    private final String wire;

    WsInstTypeV3(String wire) {
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
    public static WsInstTypeV3 fromWire(@Nullable String text) {
        WsInstTypeV3 known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
