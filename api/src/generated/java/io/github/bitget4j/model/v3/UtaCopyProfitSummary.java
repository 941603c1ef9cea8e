// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Totals of a lead trader's profit sharing.
 *
 * @param totalProfit total shared profit.
 * @param totalAllocatedProfit profit already paid out.
 * @param totalPendingProfit profit still to be paid out.
 */
public record UtaCopyProfitSummary(
        BigDecimal totalProfit,
        @Nullable BigDecimal totalAllocatedProfit,
        @Nullable BigDecimal totalPendingProfit) {
}
