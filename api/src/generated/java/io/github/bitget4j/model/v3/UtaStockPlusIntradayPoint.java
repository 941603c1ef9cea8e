// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One intraday point of a stock.
 *
 * @param price price.
 * @param timestamp time, as Bitget sends it.
 * @param volume shares traded.
 * @param turnover value traded.
 * @param avgPrice average price so far.
 */
public record UtaStockPlusIntradayPoint(
        BigDecimal price,
        String timestamp,
        @Nullable BigDecimal volume,
        @Nullable BigDecimal turnover,
        @Nullable BigDecimal avgPrice) {
}
