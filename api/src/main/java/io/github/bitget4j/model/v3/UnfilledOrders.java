package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of open V3 orders.
 *
 * @param list   the orders of this page
 * @param cursor pass as {@link UnfilledOrdersRequest#cursor()} for the next page; null or empty on the last
 */
public record UnfilledOrders(List<UnfilledOrder> list, @Nullable String cursor) {
}
