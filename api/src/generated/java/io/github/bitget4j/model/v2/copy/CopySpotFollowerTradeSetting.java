// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import com.google.gson.annotations.SerializedName;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The follower's setting for one spot symbol (Bitget spells ratio "Ration").
 *
 * @param maxTraceAmount max trace amount ({@code maxTraceAmount})
 * @param stopLossRation stop-loss ratio.
 * @param stopSurplusRation take-profit ratio.
 * @param symbol symbol ({@code symbol})
 * @param traceTypeRaw the text Bitget sent for traceType; read it as an enum with {@link #traceType()}.
 */
public record CopySpotFollowerTradeSetting(
        @Nullable BigDecimal maxTraceAmount,
        @Nullable BigDecimal stopLossRation,
        @Nullable BigDecimal stopSurplusRation,
        String symbol,
        @SerializedName("traceType") @Nullable String traceTypeRaw) {

    /**
     * The traceType.
     *
     * @return the value or null when Bitget sent none; {@code UNKNOWN} when this SDK version does not know it ({@link #traceTypeRaw()} has the text as sent)
     */
    public @Nullable CopyTraceType traceType() {
        return traceTypeRaw == null ? null : CopyTraceType.fromWire(traceTypeRaw);
    }
}
