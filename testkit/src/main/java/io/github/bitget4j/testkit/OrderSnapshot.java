package io.github.bitget4j.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A copy of one order at the moment it was read.
 *
 * @param side        {@code buy} or {@code sell}
 * @param orderType   {@code limit} or {@code market}
 * @param timeInForce {@code gtc}, {@code post_only}, {@code ioc} or {@code fok}
 * @param price       the limit price; null for market orders
 * @param size        base quantity, except for market buys where Bitget counts it in the quote coin
 * @param filledSize  filled base quantity
 * @param filledValue filled quote amount (sum of price times quantity)
 * @param cancelReason why the order was cancelled ({@code normal_cancel} for a user's cancel); empty otherwise
 * @param createdTime creation time, Unix milliseconds (server clock)
 * @param updatedTime last change, Unix milliseconds (server clock)
 * @param orderId the server's order ID
 * @param clientOid the caller's order ID (one is generated when none was given)
 * @param symbol e.g. {@code BTCUSDT}
 * @param status the order status, as Bitget spells it
 */
public record OrderSnapshot(
        String orderId,
        String clientOid,
        String symbol,
        String side,
        String orderType,
        String timeInForce,
        @Nullable BigDecimal price,
        BigDecimal size,
        BigDecimal filledSize,
        BigDecimal filledValue,
        OrderStatus status,
        String cancelReason,
        long createdTime,
        long updatedTime) {

    /** {@return the average fill price, zero before the first fill} */
    public BigDecimal averagePrice() {
        if (filledSize.signum() == 0) {
            return BigDecimal.ZERO;
        }
        return filledValue.divide(filledSize, 8, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    /** {@return true for market buys, whose {@link #size()} is a quote amount} */
    public boolean sizeIsQuote() {
        return "market".equals(orderType) && "buy".equals(side);
    }
}
