package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A V2 spot plan (trigger) order. Immutable: a change stores a new copy.
 *
 * @param side         {@code buy} or {@code sell}
 * @param orderType    of the order it would send: {@code limit} or {@code market}
 * @param executePrice the limit price of that order; null for market
 * @param planType     {@code amount} (size in the base coin) or {@code total} (size in the quote coin)
 * @param triggerType  {@code fill_price} or {@code mark_price}
 * @param status       {@code not_trigger} or {@code cancel} (the testkit does not fire plan orders)
 */
record SpotPlan(String orderId, String clientOid, String symbol, String side, BigDecimal triggerPrice, String orderType,
                @Nullable BigDecimal executePrice, String planType, BigDecimal size, String triggerType, String status,
                long createdTime, long updatedTime) {

    /** Bitget's words: a waiting plan order is not_trigger, a cancelled one cancel (its docs' examples). */
    static final String LIVE = "not_trigger";
    static final String CANCELLED = "cancel";

    boolean live() {
        return status.equals(LIVE);
    }

    SpotPlan cancelled(long now) {
        return new SpotPlan(orderId, clientOid, symbol, side, triggerPrice, orderType, executePrice, planType, size,
                triggerType, CANCELLED, createdTime, now);
    }

    SpotPlan modified(BigDecimal newTrigger, String newOrderType, @Nullable BigDecimal newExecutePrice, BigDecimal newSize,
                      long now) {
        return new SpotPlan(orderId, clientOid, symbol, side, newTrigger, newOrderType, newExecutePrice, planType, newSize,
                triggerType, status, createdTime, now);
    }
}
