// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The fee totals of a V2 spot order (the newFees part of SpotFeeDetail); fees are negative numbers.
 *
 * @param c the part paid with coupons, in the coin received by the trade.
 * @param d the part paid in BGB.
 * @param deduction whether a deduction was applied.
 * @param r the part taken from the coin received, when BGB did not cover it.
 * @param t the total fee, in the coin received by the trade.
 * @param totalDeductionFee the total deducted.
 */
public record SpotNewFees(
        @Nullable BigDecimal c,
        @Nullable BigDecimal d,
        @Nullable Boolean deduction,
        @Nullable BigDecimal r,
        @Nullable BigDecimal t,
        @Nullable BigDecimal totalDeductionFee) {
}
