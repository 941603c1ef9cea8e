// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Loan debts and collateral by coin.
 *
 * @param pledgeInfos pledge infos ({@code pledgeInfos})
 * @param loanInfos loan infos ({@code loanInfos})
 */
public record EarnLoanDebts(
        @Nullable List<EarnLoanDebtCoin> pledgeInfos,
        @Nullable List<EarnLoanDebtCoin> loanInfos) {
}
