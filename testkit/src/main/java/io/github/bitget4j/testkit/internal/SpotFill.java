package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;

/**
 * One execution of a user's spot order, as the V2 fills endpoint lists it.
 *
 * @param side      {@code buy} or {@code sell}
 * @param orderType {@code limit} or {@code market}
 * @param size      base quantity
 * @param amount    quote value (price times size)
 */
record SpotFill(String tradeId, String orderId, String symbol, String side, String orderType, BigDecimal price,
                BigDecimal size, BigDecimal amount, boolean maker, long time) {
}
