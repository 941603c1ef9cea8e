// Generated from codegen/model/v2/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.p2p;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of P2P orders.
 *
 * @param orderList order list ({@code orderList})
 * @param minOrderId pass as idLessThan for the next page.
 */
public record P2pOrders(
        @Nullable List<P2pOrder> orderList,
        @Nullable String minOrderId) {
}
