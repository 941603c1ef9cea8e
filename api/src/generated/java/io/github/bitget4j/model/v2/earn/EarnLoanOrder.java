// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One loan still open.
 *
 * @param orderId order id ({@code orderId})
 * @param loanCoin loan coin ({@code loanCoin})
 * @param loanAmount debt, in the loan coin.
 * @param interestAmount interest accrued so far.
 * @param hourInterestRate hourly rate, in percent.
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param pledgeAmount collateral held.
 * @param pledgeRate current pledge rate, in percent.
 * @param supRate pledge rate that triggers a margin call.
 * @param forceRate pledge rate that triggers liquidation.
 * @param borrowTime borrow time ({@code borrowTime})
 * @param expireTime Unix milliseconds; 0 or absent when none.
 */
public record EarnLoanOrder(
        String orderId,
        String loanCoin,
        BigDecimal loanAmount,
        @Nullable BigDecimal interestAmount,
        @Nullable BigDecimal hourInterestRate,
        String pledgeCoin,
        BigDecimal pledgeAmount,
        @Nullable BigDecimal pledgeRate,
        @Nullable BigDecimal supRate,
        @Nullable BigDecimal forceRate,
        Instant borrowTime,
        @Nullable Long expireTime) {
}
