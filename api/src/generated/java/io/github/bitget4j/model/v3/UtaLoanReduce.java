// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One liquidation of a crypto loan.
 *
 * @param orderId the loan order id.
 * @param loanCoin the borrowed coin.
 * @param pledgeCoin the collateral coin.
 * @param reduceTime when it happened.
 * @param pledgeRate loan-to-value ratio that triggered it.
 * @param pledgePrice collateral price used.
 * @param status COMPLETE or WAIT.
 * @param pledgeAmount collateral sold.
 * @param reduceFee liquidation fee.
 * @param residueAmount collateral left over.
 * @param runlockAmount collateral released.
 * @param repayLoanAmount debt repaid by the liquidation.
 */
public record UtaLoanReduce(
        String orderId,
        String loanCoin,
        String pledgeCoin,
        Instant reduceTime,
        @Nullable BigDecimal pledgeRate,
        @Nullable BigDecimal pledgePrice,
        @Nullable String status,
        @Nullable BigDecimal pledgeAmount,
        @Nullable BigDecimal reduceFee,
        @Nullable BigDecimal residueAmount,
        @Nullable BigDecimal runlockAmount,
        @Nullable BigDecimal repayLoanAmount) {
}
