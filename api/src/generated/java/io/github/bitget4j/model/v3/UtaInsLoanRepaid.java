// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One repayment of an institutional loan.
 *
 * @param repayOrderId the repayment id.
 * @param businessType normal or liquidation.
 * @param repayType all or part.
 * @param repaidTime when it was repaid.
 * @param coin e.g. USDT.
 * @param repayAmount principal repaid.
 * @param repayInterest interest repaid.
 */
public record UtaInsLoanRepaid(
        String repayOrderId,
        @Nullable String businessType,
        @Nullable String repayType,
        Instant repaidTime,
        String coin,
        BigDecimal repayAmount,
        @Nullable BigDecimal repayInterest) {
}
