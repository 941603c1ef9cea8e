// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of the trader's open tracked orders.
 *
 * @param endId last trackingNo; pass as idLessThan for the next (older) page.
 * @param trackingList tracking list ({@code trackingList})
 */
public record CopySpotTraderCurrentOrders(
        @Nullable String endId,
        @Nullable List<CopySpotTraderCurrentOrder> trackingList) {
}
