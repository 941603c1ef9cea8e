// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Collateral discount of one amount tier.
 *
 * @param tier tier ({@code tier})
 * @param minAmount min amount ({@code minAmount})
 * @param maxAmount max amount ({@code maxAmount})
 * @param discountRate discount rate ({@code discountRate})
 */
public record FuturesDiscountRateTier(
        Integer tier,
        BigDecimal minAmount,
        @Nullable BigDecimal maxAmount,
        BigDecimal discountRate) {
}
