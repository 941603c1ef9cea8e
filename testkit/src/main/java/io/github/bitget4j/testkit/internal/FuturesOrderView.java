package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderStatus;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** An immutable copy of a futures order, for the wire layers. {@code buy} is the book side. */
record FuturesOrderView(String orderId, String clientOid, String symbol, String marginCoin, boolean buy, boolean market,
                        String force, @Nullable BigDecimal price, BigDecimal size, BigDecimal filledSize,
                        BigDecimal filledValue, BigDecimal averagePrice, OrderStatus status, String cancelReason,
                        PositionEffect effect, PositionMode posMode, MarginMode marginMode, int leverage,
                        boolean reduceOnly, FuturesOrderRequest.OrderOrigin origin, BigDecimal profit,
                        @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss, long createdTime,
                        long updatedTime) {
}
