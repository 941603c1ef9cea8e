// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What a crypto loan repayment paid.
 *
 * @param loanCoin the borrowed coin.
 * @param pledgeCoin the collateral coin.
 * @param repayAmount total repaid.
 * @param payInterest interest paid, in the borrowed coin.
 * @param repayLoanAmount principal repaid, in the borrowed coin.
 * @param repayUnlockAmount collateral released.
 */
public record UtaLoanRepayResult(
        String loanCoin,
        String pledgeCoin,
        BigDecimal repayAmount,
        @Nullable BigDecimal payInterest,
        @Nullable BigDecimal repayLoanAmount,
        @Nullable BigDecimal repayUnlockAmount) {
}
