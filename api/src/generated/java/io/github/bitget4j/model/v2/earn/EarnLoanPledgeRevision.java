// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;

/**
 * Pledge rate after a collateral change.
 *
 * @param loanCoin loan coin ({@code loanCoin})
 * @param pledgeCoin pledge coin ({@code pledgeCoin})
 * @param afterPledgeRate in percent.
 */
public record EarnLoanPledgeRevision(
        String loanCoin,
        String pledgeCoin,
        BigDecimal afterPledgeRate) {
}
