// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Today's Stock+ orders.
 *
 * @param orders the orders.
 */
public record UtaStockPlusOrders(
        List<UtaStockPlusOrder> orders) {
}
