// Generated from codegen/model/v2/futures-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of live plan orders.
 *
 * @param entrustedList entrusted list ({@code entrustedList})
 * @param endId end id ({@code endId})
 */
public record FuturesPlanOrders(
        @Nullable List<FuturesPlanOrder> entrustedList,
        @Nullable String endId) {
}
