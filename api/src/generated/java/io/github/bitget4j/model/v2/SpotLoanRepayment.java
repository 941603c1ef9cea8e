// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan repayment.
 *
 * @param repayOrderId repayOrderId
 * @param businessType e.g. normal or liquidation.
 * @param repayType e.g. all or part.
 * @param repaidTime repaidTime
 * @param coin coin
 * @param repaidAmount repaidAmount
 * @param repaidInterest repaidInterest
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
