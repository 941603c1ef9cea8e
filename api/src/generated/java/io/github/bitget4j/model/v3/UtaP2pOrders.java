// Generated from codegen/model/v3/p2p.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of P2P orders.
 *
 * @param items the orders.
 * @param nextId pass as the request's cursor for the next page; absent on the last.
 */
public record UtaP2pOrders(
        List<UtaP2pOrder> items,
        @Nullable String nextId) {
}
