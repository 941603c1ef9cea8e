// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * One tier of a V3 collateral discount.
 *
 * @param tierStartValue the tier applies from this value upwards.
 * @param discountRate share of the value counted as collateral, as a ratio.
 */
public record UtaDiscountRateTier(
        BigDecimal tierStartValue,
        BigDecimal discountRate) {
}
