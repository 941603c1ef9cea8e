// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The margin mode and leverage of one symbol.
 *
 * @param category e.g. USDT-FUTURES.
 * @param symbol e.g. BTCUSDT.
 * @param marginModeRaw the text Bitget sent for marginMode; read it as an enum with {@link #marginMode()}.
 * @param leverage leverage ({@code leverage})
 */
public record UtaSymbolConfig(
        String category,
        String symbol,
        @SerializedName("marginMode") @Nullable String marginModeRaw,
        @Nullable BigDecimal leverage) {

    /**
     * crossed or isolated.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #marginModeRaw()} has the text as sent)
     */
    public @Nullable MarginMode marginMode() {
        return marginModeRaw == null ? null : MarginMode.fromWire(marginModeRaw);
    }
}
