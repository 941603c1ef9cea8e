package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderSnapshot;
import java.math.BigDecimal;
import java.util.List;

/** Something that changed on the market, as the WebSocket side pushes it. Immutable snapshots only. */
sealed interface MarketEvent {

    /** An order's state after an operation (placed, filled, cancelled). */
    record OrderChanged(String apiKey, OrderSnapshot order) implements MarketEvent {
    }

    /** One execution of a user's order; {@code order} is its state right after this fill. */
    record Filled(String apiKey, OrderSnapshot order, String tradeId, BigDecimal price, BigDecimal quantity,
                  boolean maker, long ts) implements MarketEvent {
    }

    /** A public trade; {@code side} is the taker's. */
    record Traded(String symbol, String tradeId, BigDecimal price, BigDecimal quantity, String side, long ts)
            implements MarketEvent {
    }

    /** Every coin of an account after an operation touched it. */
    record BalancesChanged(String apiKey, List<BalanceSnapshot> balances, long ts) implements MarketEvent {
    }

    /** The symbol's book changed; listeners read the new depth themselves. */
    record BookChanged(String symbol) implements MarketEvent {
    }
}
