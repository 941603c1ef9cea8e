// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One past collateral adjustment.
 *
 * @param loanCoin the borrowed coin.
 * @param pledgeCoin the collateral coin.
 * @param orderId the loan order id.
 * @param reviseTime when it happened.
 * @param reviseSide down (collateral added) or up (withdrawn).
 * @param reviseAmount collateral moved.
 * @param afterPledgeRate loan-to-value ratio after.
 * @param beforePledgeRate loan-to-value ratio before.
 */
public record UtaLoanPledgeRateRecord(
        String loanCoin,
        String pledgeCoin,
        String orderId,
        Instant reviseTime,
        String reviseSide,
        BigDecimal reviseAmount,
        @Nullable BigDecimal afterPledgeRate,
        @Nullable BigDecimal beforePledgeRate) {
}
