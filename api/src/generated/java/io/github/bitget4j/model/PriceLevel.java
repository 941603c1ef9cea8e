// Generated from codegen/model/common.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model;

import java.math.BigDecimal;

/**
 * One level of an order book: price and size.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param price price ({@code price})
 * @param size size ({@code size})
 */
@FromJsonArray
public record PriceLevel(
        BigDecimal price,
        BigDecimal size) {
}
