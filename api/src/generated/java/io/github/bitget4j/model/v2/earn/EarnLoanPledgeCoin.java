// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin accepted as collateral, with its pledge rates.
 *
 * @param coin coin ({@code coin})
 * @param initRate initial pledge rate, in percent.
 * @param supRate pledge rate that triggers a margin call.
 * @param forceRate pledge rate that triggers liquidation.
 * @param minUsdt min usdt ({@code minUsdt})
 * @param maxUsdt max usdt ({@code maxUsdt})
 */
public record EarnLoanPledgeCoin(
        String coin,
        @Nullable BigDecimal initRate,
        @Nullable BigDecimal supRate,
        @Nullable BigDecimal forceRate,
        @Nullable BigDecimal minUsdt,
        @Nullable BigDecimal maxUsdt) {
}
