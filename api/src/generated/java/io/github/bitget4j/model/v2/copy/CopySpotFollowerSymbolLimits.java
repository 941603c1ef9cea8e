// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Allowed ranges of the settings of one spot symbol.
 *
 * @param maxStopLossRation max stop loss ration ({@code maxStopLossRation})
 * @param maxStopSurplusRation max stop surplus ration ({@code maxStopSurplusRation})
 * @param maxTraceAmount max trace amount ({@code maxTraceAmount})
 * @param maxTraceAmountSystem max trace amount system ({@code maxTraceAmountSystem})
 * @param maxTraceSize max trace size ({@code maxTraceSize})
 * @param maxTraceRation max trace ration ({@code maxTraceRation})
 * @param minStopLossRation min stop loss ration ({@code minStopLossRation})
 * @param minStopSurplusRation min stop surplus ration ({@code minStopSurplusRation})
 * @param minTraceAmount min trace amount ({@code minTraceAmount})
 * @param minTraceSize min trace size ({@code minTraceSize})
 * @param minTraceRation min trace ration ({@code minTraceRation})
 * @param sliderMaxStopLossRatio slider max stop loss ratio ({@code sliderMaxStopLossRatio})
 * @param sliderMaxStopSurplusRatio slider max stop surplus ratio ({@code sliderMaxStopSurplusRatio})
 * @param symbol symbol ({@code symbol})
 */
public record CopySpotFollowerSymbolLimits(
        @Nullable BigDecimal maxStopLossRation,
        @Nullable BigDecimal maxStopSurplusRation,
        @Nullable BigDecimal maxTraceAmount,
        @Nullable BigDecimal maxTraceAmountSystem,
        @Nullable BigDecimal maxTraceSize,
        @Nullable BigDecimal maxTraceRation,
        @Nullable BigDecimal minStopLossRation,
        @Nullable BigDecimal minStopSurplusRation,
        @Nullable BigDecimal minTraceAmount,
        @Nullable BigDecimal minTraceSize,
        @Nullable BigDecimal minTraceRation,
        @Nullable BigDecimal sliderMaxStopLossRatio,
        @Nullable BigDecimal sliderMaxStopSurplusRatio,
        String symbol) {
}
