// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The collateral ratio after an adjustment.
 *
 * @param loanCoin the borrowed coin.
 * @param pledgeCoin the collateral coin.
 * @param afterPledgeRate loan-to-value ratio after the adjustment.
 */
public record UtaLoanRevisePledgeResult(
        String loanCoin,
        String pledgeCoin,
        @Nullable BigDecimal afterPledgeRate) {
}
