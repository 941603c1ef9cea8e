// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One exchange's share of a V3 index price.
 *
 * @param exchange the source exchange.
 * @param spotPair the pair quoted there.
 * @param equivalentPrice its price converted to the index's quote.
 * @param weight its weight in the index, as a ratio.
 */
public record UtaIndexComponent(
        String exchange,
        String spotPair,
        @Nullable BigDecimal equivalentPrice,
        @Nullable BigDecimal weight) {
}
