// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin that can be borrowed, with its rates and limits.
 *
 * @param coin coin ({@code coin})
 * @param hourRate7D hourly rate for a 7-day loan, in percent.
 * @param rate7D yearly rate for a 7-day loan, in percent.
 * @param hourRate30D hour rate30 d ({@code hourRate30D})
 * @param rate30D rate30 d ({@code rate30D})
 * @param minUsdt smallest loan, valued in USDT.
 * @param maxUsdt largest loan, valued in USDT.
 * @param min smallest loan, in the coin.
 * @param max largest loan, in the coin.
 */
public record EarnLoanCoin(
        String coin,
        @Nullable BigDecimal hourRate7D,
        @Nullable BigDecimal rate7D,
        @Nullable BigDecimal hourRate30D,
        @Nullable BigDecimal rate30D,
        @Nullable BigDecimal minUsdt,
        @Nullable BigDecimal maxUsdt,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max) {
}
