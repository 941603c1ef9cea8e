// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Allowed ranges of the settings of one spot symbol.
 *
 * @param maxStopLossRation maxStopLossRation
 * @param maxStopSurplusRation maxStopSurplusRation
 * @param maxTraceAmount maxTraceAmount
 * @param maxTraceAmountSystem maxTraceAmountSystem
 * @param maxTraceSize maxTraceSize
 * @param maxTraceRation maxTraceRation
 * @param minStopLossRation minStopLossRation
 * @param minStopSurplusRation minStopSurplusRation
 * @param minTraceAmount minTraceAmount
 * @param minTraceSize minTraceSize
 * @param minTraceRation minTraceRation
 * @param sliderMaxStopLossRatio sliderMaxStopLossRatio
 * @param sliderMaxStopSurplusRatio sliderMaxStopSurplusRatio
 * @param symbol symbol
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
