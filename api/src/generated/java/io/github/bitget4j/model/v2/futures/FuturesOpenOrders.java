// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of open futures orders.
 *
 * @param entrustedList null when there is none.
 * @param endId pass as idLessThan for the next (older) page.
 */
public record FuturesOpenOrders(
        @Nullable List<FuturesOpenOrder> entrustedList,
        @Nullable String endId) {
}
