package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * What the matching engine ({@link OrderBook}) needs of an order, whatever market it belongs to: side,
 * limit, size and fill progress. Spot ({@link Order}) and futures ({@link FuturesOrder}) orders add their
 * own bookkeeping. Mutable; guarded by the lock of the market that owns the book.
 */
abstract class BookOrder {

    final String orderId;
    final String clientOid;
    final SymbolSpec spec;
    final boolean buy;
    final boolean market;
    final String force;
    final @Nullable BigDecimal price;
    final BigDecimal size;
    final long createdTime;

    BigDecimal filledSize = BigDecimal.ZERO;
    BigDecimal filledValue = BigDecimal.ZERO;
    OrderStatus status = OrderStatus.LIVE;
    String cancelReason = "";
    long updatedTime;

    /** @param force {@code gtc}, {@code post_only}, {@code ioc} or {@code fok}; market orders always use gtc */
    BookOrder(String orderId, String clientOid, SymbolSpec spec, boolean buy, boolean market, String force,
              @Nullable BigDecimal price, BigDecimal size, long now) {
        this.orderId = orderId;
        this.clientOid = clientOid;
        this.spec = spec;
        this.buy = buy;
        this.market = market;
        this.force = market ? "gtc" : force;
        this.price = market ? null : price;
        this.size = size;
        this.createdTime = now;
        this.updatedTime = now;
    }

    /** True when {@link #size} is a quote amount rather than a base quantity. */
    boolean quoteSized() {
        return false;
    }

    BigDecimal remainingBase() {
        return size.subtract(filledSize);
    }

    /** Base quantity this order still wants when trading at {@code at}, rounded down to the lot size. */
    BigDecimal wantedAt(BigDecimal at) {
        if (quoteSized()) {
            return size.subtract(filledValue).divide(at, spec.quantityPrecision(), RoundingMode.DOWN);
        }
        return remainingBase();
    }

    /** True when a counter-order at {@code at} is good enough for this order's limit. */
    boolean acceptsPrice(BigDecimal at) {
        if (market) {
            return true;
        }
        int cmp = at.compareTo(price());
        return buy ? cmp <= 0 : cmp >= 0;
    }

    BigDecimal price() {
        if (price == null) {
            throw new IllegalStateException("market order has no price");
        }
        return price;
    }

    /** Average fill price, zero before the first fill. */
    BigDecimal averagePrice() {
        return filledSize.signum() == 0 ? BigDecimal.ZERO
                : filledValue.divide(filledSize, spec.pricePrecision() + 4, RoundingMode.HALF_UP).stripTrailingZeros();
    }

    String side() {
        return buy ? "buy" : "sell";
    }

    String orderType() {
        return market ? "market" : "limit";
    }
}
