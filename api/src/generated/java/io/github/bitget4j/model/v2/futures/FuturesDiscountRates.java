// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Union-margin collateral discounts of a coin.
 *
 * @param coin coin ({@code coin})
 * @param userLimit user limit ({@code userLimit})
 * @param totalLimit total limit ({@code totalLimit})
 * @param discountRateList discount rate list ({@code discountRateList})
 */
public record FuturesDiscountRates(
        String coin,
        @Nullable BigDecimal userLimit,
        @Nullable BigDecimal totalLimit,
        List<FuturesDiscountRateTier> discountRateList) {
}
