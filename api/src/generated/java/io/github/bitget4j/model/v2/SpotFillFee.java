// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The fee of one V2 spot fill; fees are negative numbers.
 *
 * @param deduction yes when paid in BGB, else no.
 * @param feeCoin the coin the fee was paid in.
 * @param totalDeductionFee the part deducted in BGB.
 * @param totalFee the whole fee.
 */
public record SpotFillFee(
        @Nullable String deduction,
        @Nullable String feeCoin,
        @Nullable BigDecimal totalDeductionFee,
        @Nullable BigDecimal totalFee) {
}
