// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The risk of an institutional loan: LTV, debts and collateral.
 *
 * @param ltv loan-to-value ratio, e.g. 0.6667.
 * @param subAccountUids sub-account uids bound to the risk unit.
 * @param unpaidUsdtAmount total debt, in USDT.
 * @param usdtBalance total collateral value, in USDT.
 * @param unpaidInfo the debt per coin.
 * @param balanceInfo the collateral per coin.
 */
public record UtaInsLoanLtv(
        @Nullable BigDecimal ltv,
        @Nullable List<String> subAccountUids,
        @Nullable BigDecimal unpaidUsdtAmount,
        @Nullable BigDecimal usdtBalance,
        @Nullable List<UtaInsLoanUnpaid> unpaidInfo,
        @Nullable List<UtaInsLoanBalance> balanceInfo) {
}
