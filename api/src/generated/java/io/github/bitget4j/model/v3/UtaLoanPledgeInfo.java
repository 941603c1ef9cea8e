// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin accepted as loan collateral, with its ratios and limits.
 *
 * @param coin e.g. BTC.
 * @param initRate initial loan-to-value ratio.
 * @param supRate ratio at which more collateral is requested.
 * @param forceRate ratio at which the loan is liquidated.
 * @param minPledgeAmount smallest collateral amount.
 * @param maxPledgeAmount largest collateral amount.
 */
public record UtaLoanPledgeInfo(
        String coin,
        @Nullable BigDecimal initRate,
        @Nullable BigDecimal supRate,
        @Nullable BigDecimal forceRate,
        @Nullable BigDecimal minPledgeAmount,
        @Nullable BigDecimal maxPledgeAmount) {
}
