package io.github.bitget4j.testkit;

import java.math.BigDecimal;

/**
 * One coin of one account at the moment it was read.
 *
 * @param available free to trade or withdraw
 * @param frozen    held by open orders
 * @param coin e.g. {@code USDT}
 */
public record BalanceSnapshot(String coin, BigDecimal available, BigDecimal frozen) {

    /** {@return available plus frozen} */
    public BigDecimal total() {
        return available.add(frozen);
    }
}
