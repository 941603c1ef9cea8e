// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a repayment paid.
 *
 * @param loanCoin loan coin ({@code loanCoin})
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param repayAmount total paid, interest included.
 * @param payInterest interest paid.
 * @param repayLoanAmount principal paid.
 * @param repayUnlockAmount collateral released.
 */
public record EarnLoanRepayResult(
        String loanCoin,
        String pledgeCoin,
        BigDecimal repayAmount,
        @Nullable BigDecimal payInterest,
        @Nullable BigDecimal repayLoanAmount,
        @Nullable BigDecimal repayUnlockAmount) {
}
