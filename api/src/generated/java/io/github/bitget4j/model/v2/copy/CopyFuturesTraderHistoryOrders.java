// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the trader's closed tracked orders.
 *
 * @param trackingList tracking list ({@code trackingList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record CopyFuturesTraderHistoryOrders(
        @Nullable List<CopyFuturesTraderHistoryOrder> trackingList,
        @Nullable String endId) {
}
