package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.BalanceSnapshot;
import java.math.BigDecimal;

/** One coin of one account. Guarded by the exchange lock. */
final class Holding {

    final String coin;
    BigDecimal available = BigDecimal.ZERO;
    BigDecimal frozen = BigDecimal.ZERO;
    long updatedTime;

    Holding(String coin, long now) {
        this.coin = coin;
        this.updatedTime = now;
    }

    void freeze(BigDecimal amount, long now) {
        available = available.subtract(amount);
        frozen = frozen.add(amount);
        updatedTime = now;
    }

    void release(BigDecimal amount, long now) {
        frozen = frozen.subtract(amount);
        available = available.add(amount);
        updatedTime = now;
    }

    void spendFrozen(BigDecimal amount, long now) {
        frozen = frozen.subtract(amount);
        updatedTime = now;
    }

    void credit(BigDecimal amount, long now) {
        available = available.add(amount);
        updatedTime = now;
    }

    BigDecimal total() {
        return available.add(frozen);
    }

    BalanceSnapshot snapshot() {
        return new BalanceSnapshot(coin, available.stripTrailingZeros(), frozen.stripTrailingZeros());
    }
}
