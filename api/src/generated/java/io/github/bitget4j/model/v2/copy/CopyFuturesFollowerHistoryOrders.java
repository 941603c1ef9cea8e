// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of closed copied orders.
 *
 * @param trackingList tracking list ({@code trackingList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record CopyFuturesFollowerHistoryOrders(
        @Nullable List<CopyFuturesFollowerHistoryOrder> trackingList,
        @Nullable String endId) {
}
