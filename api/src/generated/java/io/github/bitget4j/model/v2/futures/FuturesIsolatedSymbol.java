// Generated from codegen/model/v2/futures-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import com.google.gson.annotations.SerializedName;
import io.github.bitget4j.model.v3.MarginMode;

/**
 * FuturesIsolatedSymbol.
 *
 * @param symbol symbol ({@code symbol})
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 */
public record FuturesIsolatedSymbol(
        String symbol,
        @SerializedName("marginMode") String marginModeRaw) {

    /**
     * The marginMode.
     *
     * @return the value; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public MarginMode marginMode() {
        return MarginMode.fromWire(marginModeRaw);
    }
}
