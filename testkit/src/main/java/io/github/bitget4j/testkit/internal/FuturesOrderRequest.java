package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A validated futures order as every wire version submits it.
 *
 * @param netBuy     the side of a one-way ({@link PositionEffect#NET}) order; ignored otherwise, where the effect
 *                   decides the book side
 * @param price      required for limit orders, ignored for market orders
 * @param force      {@code gtc}, {@code post_only}, {@code ioc} or {@code fok}
 * @param size       base quantity
 * @param marginMode null for the symbol's current setting
 * @param reduceOnly one-way mode: the order may only reduce the position
 */
record FuturesOrderRequest(String symbol, PositionEffect effect, boolean netBuy, boolean market, String force,
                           @Nullable BigDecimal price, BigDecimal size, @Nullable String clientOid,
                           @Nullable MarginMode marginMode, boolean reduceOnly, OrderOrigin origin,
                           @Nullable BigDecimal takeProfit, @Nullable BigDecimal stopLoss) {

    /** What created an order. */
    enum OrderOrigin { USER, REVERSAL, FLASH_CLOSE }

    boolean bookBuy() {
        return effect.bookBuy(netBuy);
    }

    /** A market order the engine sends itself (flash close, reversal). */
    static FuturesOrderRequest market(String symbol, PositionEffect effect, boolean netBuy, BigDecimal size,
                                      @Nullable String clientOid, boolean reduceOnly, OrderOrigin origin) {
        return new FuturesOrderRequest(symbol, effect, netBuy, true, "gtc", null, size, clientOid, null, reduceOnly,
                origin, null, null);
    }
}
