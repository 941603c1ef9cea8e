// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan repayment.
 *
 * @param repayOrderId repay order id ({@code repayOrderId})
 * @param businessType e.g. normal or liquidation.
 * @param repayType e.g. all or part.
 * @param repaidTime repaid time ({@code repaidTime})
 * @param coin coin ({@code coin})
 * @param repaidAmount repaid amount ({@code repaidAmount})
 * @param repaidInterest repaid interest ({@code repaidInterest})
 */
public record SpotLoanRepayment(
        String repayOrderId,
        @Nullable String businessType,
        @Nullable String repayType,
        @Nullable Instant repaidTime,
        String coin,
        @Nullable BigDecimal repaidAmount,
        @Nullable BigDecimal repaidInterest) {
}
