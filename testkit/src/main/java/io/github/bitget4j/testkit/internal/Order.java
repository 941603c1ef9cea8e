package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.OrderStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/** A live order of the market. Mutable; guarded by the exchange lock. */
final class Order {

    final String orderId;
    final String clientOid;
    final Account account;
    final SymbolSpec spec;
    final boolean buy;
    final boolean market;
    final String force;
    final @Nullable BigDecimal price;
    final BigDecimal size;
    final long createdTime;

    BigDecimal filledSize = BigDecimal.ZERO;
    BigDecimal filledValue = BigDecimal.ZERO;
    /** What this order still holds frozen, in {@link #frozenCoin()}. */
    BigDecimal frozen = BigDecimal.ZERO;
    OrderStatus status = OrderStatus.LIVE;
    String cancelReason = "";
    long updatedTime;

    Order(String orderId, String clientOid, Account account, SymbolSpec spec, OrderRequest request, long now) {
        this.orderId = orderId;
        this.clientOid = clientOid;
        this.account = account;
        this.spec = spec;
        this.buy = request.buy();
        this.market = request.market();
        this.force = market ? "gtc" : request.force();
        this.price = market ? null : request.price();
        this.size = request.size();
        this.createdTime = now;
        this.updatedTime = now;
    }

    /** Market buys are sized in the quote coin (Bitget's rule); everything else in the base coin. */
    boolean quoteSized() {
        return market && buy;
    }

    String frozenCoin() {
        return buy ? spec.quoteCoin() : spec.baseCoin();
    }

    /** What placing this order must freeze: the quote cost of a buy, the base size of a sell. */
    BigDecimal cost() {
        if (!buy || quoteSized()) {
            return size;
        }
        return size.multiply(price());
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

    String side() {
        return buy ? "buy" : "sell";
    }

    String orderType() {
        return market ? "market" : "limit";
    }

    OrderSnapshot snapshot() {
        return new OrderSnapshot(orderId, clientOid, spec.symbol(), side(), orderType(), force, price, size,
                filledSize.stripTrailingZeros(), filledValue.stripTrailingZeros(), status, cancelReason, createdTime,
                updatedTime);
    }
}
