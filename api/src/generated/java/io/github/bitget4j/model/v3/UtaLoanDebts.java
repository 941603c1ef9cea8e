// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Collateral and debts of the crypto loans, per coin.
 *
 * @param pledgeInfos collateral locked.
 * @param loanInfos amounts owed.
 */
public record UtaLoanDebts(
        List<UtaLoanDebtInfo> pledgeInfos,
        List<UtaLoanDebtInfo> loanInfos) {
}
