// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The repayment made.
 *
 * @param repayId repay id ({@code repayId})
 * @param symbol isolated only.
 * @param coin coin ({@code coin})
 * @param repayAmount repay amount ({@code repayAmount})
 * @param remainDebtAmount debt left in this coin.
 */
public record MarginRepayResult(
        String repayId,
        @Nullable String symbol,
        String coin,
        BigDecimal repayAmount,
        @Nullable BigDecimal remainDebtAmount) {
}
