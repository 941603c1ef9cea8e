// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan repayment.
 *
 * @param orderId orderId
 * @param loanCoin loanCoin
 * @param pledgeCoin pledgeCoin
 * @param repayAmount repayAmount
 * @param payInterest payInterest
 * @param repayLoanAmount repayLoanAmount
 * @param repayUnlockAmount repayUnlockAmount
 * @param repayTime repayTime
 */
public record EarnLoanRepayment(
        String orderId,
        String loanCoin,
        String pledgeCoin,
        BigDecimal repayAmount,
        @Nullable BigDecimal payInterest,
        @Nullable BigDecimal repayLoanAmount,
        @Nullable BigDecimal repayUnlockAmount,
        Instant repayTime) {
}
