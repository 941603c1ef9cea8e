// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Whether one symbol is open for copy trading.
 *
 * @param enableRaw the text Bitget sent for enable; read it as an enum with {@link #enable()}.
 * @param symbol symbol ({@code symbol})
 * @param minOpenCount smallest buy quantity.
 */
public record CopySpotTraceSymbol(
        @SerializedName("enable") @Nullable String enableRaw,
        String symbol,
        @Nullable BigDecimal minOpenCount) {

    /**
     * The enable.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #enableRaw()} has the text as sent)
     */
    public @Nullable CopyYesNo enable() {
        return enableRaw == null ? null : CopyYesNo.fromWire(enableRaw);
    }
}
