// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of V2 spot plan orders.
 *
 * @param nextFlag true when more pages follow.
 * @param idLessThan pass as idLessThan for the next (older) page.
 * @param orderList null when there is none.
 */
public record SpotPlanOrders(
        @Nullable Boolean nextFlag,
        @Nullable String idLessThan,
        @Nullable List<SpotPlanOrder> orderList) {
}
