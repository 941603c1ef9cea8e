// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of margin orders.
 *
 * @param orderList order list ({@code orderList})
 * @param maxId max id ({@code maxId})
 * @param minId pass as idLessThan for the next (older) page.
 */
public record MarginOrders(
        @Nullable List<MarginOrder> orderList,
        @Nullable String maxId,
        @Nullable String minId) {
}
