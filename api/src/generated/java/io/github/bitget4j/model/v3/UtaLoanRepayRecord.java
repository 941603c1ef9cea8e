// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One past loan repayment.
 *
 * @param orderId the loan order id.
 * @param loanCoin the borrowed coin.
 * @param pledgeCoin the collateral coin.
 * @param repayAmount total repaid.
 * @param payInterest interest paid.
 * @param repayLoanAmount principal repaid.
 * @param repayUnlockAmount collateral released.
 * @param repayTime when it was repaid.
 */
public record UtaLoanRepayRecord(
        String orderId,
        String loanCoin,
        String pledgeCoin,
        BigDecimal repayAmount,
        @Nullable BigDecimal payInterest,
        @Nullable BigDecimal repayLoanAmount,
        @Nullable BigDecimal repayUnlockAmount,
        Instant repayTime) {
}
