// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One level of a stock's order book.
 *
 * @param position level number.
 * @param price price.
 * @param volume shares.
 * @param orderNum number of orders.
 */
public record UtaStockPlusDepthLevel(
        @Nullable Integer position,
        BigDecimal price,
        BigDecimal volume,
        @Nullable Integer orderNum) {
}
