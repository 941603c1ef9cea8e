package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderSnapshot;
import java.math.BigDecimal;

/** A live spot order: a {@link BookOrder} that freezes coins of its account. Guarded by the exchange lock. */
final class Order extends BookOrder {

    final Account account;
    /** What this order still holds frozen, in {@link #frozenCoin()}. */
    BigDecimal frozen = BigDecimal.ZERO;

    Order(String orderId, String clientOid, Account account, SymbolSpec spec, OrderRequest request, long now) {
        super(orderId, clientOid, spec, request.buy(), request.market(), request.force(), request.price(), request.size(), now);
        this.account = account;
    }

    /** Market buys are sized in the quote coin (Bitget's spot rule); everything else in the base coin. */
    @Override
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

    OrderSnapshot snapshot() {
        return new OrderSnapshot(orderId, clientOid, spec.symbol(), side(), orderType(), force, price, size,
                filledSize.stripTrailingZeros(), filledValue.stripTrailingZeros(), status, cancelReason, createdTime,
                updatedTime);
    }
}
