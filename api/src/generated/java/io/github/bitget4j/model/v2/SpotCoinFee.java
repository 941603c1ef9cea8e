// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The fee a V2 spot order was charged in one coin.
 *
 * @param deduction whether the fee was deducted (e.g. paid in BGB)
 * @param feeCoinCode the coin, e.g. BGB.
 * @param totalDeductionFee the amount deducted.
 * @param totalFee the fee in this coin.
 */
public record SpotCoinFee(
        @Nullable Boolean deduction,
        @Nullable String feeCoinCode,
        @Nullable BigDecimal totalDeductionFee,
        @Nullable BigDecimal totalFee) {
}
