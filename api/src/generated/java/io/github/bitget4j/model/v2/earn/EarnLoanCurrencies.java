// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Borrowable and pledgeable coins.
 *
 * @param loanInfos loan infos ({@code loanInfos})
 * @param pledgeInfos pledge infos ({@code pledgeInfos})
 */
public record EarnLoanCurrencies(
        @Nullable List<EarnLoanCoin> loanInfos,
        @Nullable List<EarnLoanPledgeCoin> pledgeInfos) {
}
