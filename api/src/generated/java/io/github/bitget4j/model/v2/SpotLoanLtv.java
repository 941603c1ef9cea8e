// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Loan-to-value of a risk unit.
 *
 * @param ltv risk ratio.
 * @param subAccountUids sub-accounts in the risk unit.
 * @param unpaidUsdtAmount debt, USDT.
 * @param usdtBalance collateral value, USDT.
 * @param unpaidInfo unpaid info ({@code unpaidInfo})
 * @param balanceInfo balance info ({@code balanceInfo})
 */
public record SpotLoanLtv(
        @Nullable BigDecimal ltv,
        @Nullable List<String> subAccountUids,
        @Nullable BigDecimal unpaidUsdtAmount,
        @Nullable BigDecimal usdtBalance,
        @Nullable List<SpotLoanUnpaid> unpaidInfo,
        @Nullable List<SpotLoanBalance> balanceInfo) {
}
