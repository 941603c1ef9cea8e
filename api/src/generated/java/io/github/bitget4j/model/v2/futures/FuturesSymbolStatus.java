// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Trading state of a contract.
 *
 * <p>Responses never fail on a value this SDK version does not know: it reads as {@link #UNKNOWN}, and the
 * record's {@code ...Raw()} accessor keeps the text. Requests refuse {@code UNKNOWN} before sending.
 */
public enum FuturesSymbolStatus {
    /** announced, not yet trading. Wire text {@code listed}. */
    @SerializedName("listed") LISTED("listed"),
    /** Wire text {@code normal}. */
    @SerializedName("normal") NORMAL("normal"),
    /** trading suspended. Wire text {@code maintain}. */
    @SerializedName("maintain") MAINTAIN("maintain"),
    /** opening positions restricted. Wire text {@code limit_open}. */
    @SerializedName("limit_open") LIMIT_OPEN("limit_open"),
    /** API orders restricted. Wire text {@code restrictedAPI}. */
    @SerializedName("restrictedAPI") RESTRICTEDAPI("restrictedAPI"),
    /** delisted. Wire text {@code off}. */
    @SerializedName("off") OFF("off"),
    /** A value this SDK version does not know yet; never sent. */
    UNKNOWN("");

    private static final Map<String, FuturesSymbolStatus> BY_WIRE = Map.ofEntries(
            Map.entry("listed", LISTED),
            Map.entry("normal", NORMAL),
            Map.entry("maintain", MAINTAIN),
            Map.entry("limit_open", LIMIT_OPEN),
            Map.entry("restrictedAPI", RESTRICTEDAPI),
            Map.entry("off", OFF));

    private final String wire;

    FuturesSymbolStatus(String wire) {
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
    public static FuturesSymbolStatus fromWire(@Nullable String text) {
        FuturesSymbolStatus known = text == null ? null : BY_WIRE.get(text);
        return known == null ? UNKNOWN : known;
    }
}
