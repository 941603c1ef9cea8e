// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Borrowable coins and collateral coins with their rates and limits.
 *
 * @param loanInfos coins that can be borrowed.
 * @param pledgeInfos coins accepted as collateral.
 */
public record UtaLoanCoins(
        List<UtaLoanCoinInfo> loanInfos,
        List<UtaLoanPledgeInfo> pledgeInfos) {
}
