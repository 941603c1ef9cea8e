package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One execution of a user's futures order. {@code buy} is the book side.
 *
 * @param profit realised PnL of the closing part, null for a purely opening fill
 */
record FuturesFill(String tradeId, String orderId, String symbol, String marginCoin, BigDecimal price, BigDecimal quantity,
                   boolean buy, PositionEffect effect, PositionMode posMode, boolean reduceOnly,
                   @Nullable BigDecimal profit, boolean maker, long time) {
}
