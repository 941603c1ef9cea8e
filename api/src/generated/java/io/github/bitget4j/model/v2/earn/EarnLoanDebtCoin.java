// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One coin of your loan debts or pledged collateral.
 *
 * @param coin coin ({@code coin})
 * @param amount amount ({@code amount})
 * @param amountUsdt valued in USDT.
 */
public record EarnLoanDebtCoin(
        String coin,
        BigDecimal amount,
        @Nullable BigDecimal amountUsdt) {
}
