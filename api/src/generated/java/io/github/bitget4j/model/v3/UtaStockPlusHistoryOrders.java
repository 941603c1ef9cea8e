// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Past Stock+ orders.
 *
 * @param hasMore true when more orders match than were returned.
 * @param orders the orders.
 */
public record UtaStockPlusHistoryOrders(
        @Nullable Boolean hasMore,
        List<UtaStockPlusOrder> orders) {
}
