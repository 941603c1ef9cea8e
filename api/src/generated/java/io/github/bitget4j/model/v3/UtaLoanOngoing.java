// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One open crypto loan.
 *
 * @param orderId the loan order id.
 * @param loanCoin the borrowed coin.
 * @param loanAmount amount owed.
 * @param interestAmount interest accrued.
 * @param hourInterestRate hourly interest rate.
 * @param pledgeCoin the collateral coin.
 * @param pledgeAmount collateral locked.
 * @param pledgeRate current loan-to-value ratio.
 * @param supRate ratio at which more collateral is requested.
 * @param forceRate ratio at which the loan is liquidated.
 * @param borrowTime when the loan started.
 * @param expireTime when a fixed-term loan ends, Unix milliseconds; empty or 0 for flexible loans.
 */
public record UtaLoanOngoing(
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
