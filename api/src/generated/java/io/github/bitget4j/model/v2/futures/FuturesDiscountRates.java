// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Union-margin collateral discounts of a coin.
 *
 * @param coin coin
 * @param userLimit userLimit
 * @param totalLimit totalLimit
 * @param discountRateList discountRateList
 */
public record FuturesDiscountRates(
        String coin,
        @Nullable BigDecimal userLimit,
        @Nullable BigDecimal totalLimit,
        List<FuturesDiscountRateTier> discountRateList) {
}
