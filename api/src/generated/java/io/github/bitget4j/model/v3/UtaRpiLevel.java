// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;

/**
 * One level of an RPI order book: price, ordinary quantity, RPI quantity.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param price price ({@code price})
 * @param nonRpiQty quantity from ordinary orders.
 * @param rpiQty quantity from RPI orders.
 */
@FromJsonArray
public record UtaRpiLevel(
        BigDecimal price,
        BigDecimal nonRpiQty,
        BigDecimal rpiQty) {
}
