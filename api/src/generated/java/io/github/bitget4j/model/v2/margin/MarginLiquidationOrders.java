// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of liquidation orders.
 *
 * @param resultList result list ({@code resultList})
 * @param idLessThan pass as idLessThan for the next (older) page.
 */
public record MarginLiquidationOrders(
        @Nullable List<MarginLiquidationOrder> resultList,
        @Nullable String idLessThan) {
}
