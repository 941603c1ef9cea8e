// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan repayment.
 *
 * @param orderId order id ({@code orderId})
 * @param loanCoin loan coin ({@code loanCoin})
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param repayAmount repay amount ({@code repayAmount})
 * @param payInterest pay interest ({@code payInterest})
 * @param repayLoanAmount repay loan amount ({@code repayLoanAmount})
 * @param repayUnlockAmount repay unlock amount ({@code repayUnlockAmount})
 * @param repayTime repay time ({@code repayTime})
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
