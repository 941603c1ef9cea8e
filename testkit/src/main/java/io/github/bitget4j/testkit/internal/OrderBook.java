package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The book of one symbol: users' resting limit orders plus the synthetic market maker's ladder
 * ({@link SymbolSpec}). The maker requotes its full ladder after every order, so the visible book is
 * stable between orders and only users' orders change it. At equal prices the maker has priority
 * (it quoted first). Guarded by the exchange lock.
 */
final class OrderBook {

    /** Receives each trade; the exchange moves balances and updates both orders. */
    interface Settlement {
        void fill(Order taker, @Nullable Order maker, BigDecimal price, BigDecimal quantity);
    }

    record Level(BigDecimal price, BigDecimal size) {
    }

    record Depth(List<Level> asks, List<Level> bids) {
    }

    final SymbolSpec spec;
    private final NavigableMap<BigDecimal, ArrayDeque<Order>> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<BigDecimal, ArrayDeque<Order>> asks = new TreeMap<>();
    BigDecimal lastPrice;
    BigDecimal tradedBase = BigDecimal.ZERO;
    BigDecimal tradedQuote = BigDecimal.ZERO;

    OrderBook(SymbolSpec spec) {
        this.spec = spec;
        this.lastPrice = spec.mid();
    }

    /**
     * Trades {@code taker} against the best prices until it is done, its limit stops it, or the book is empty.
     *
     * @return true when the book ran out of liquidity before the taker was done
     */
    boolean match(Order taker, Settlement settlement) {
        NavigableMap<BigDecimal, ArrayDeque<Order>> resting = taker.buy ? asks : bids;
        BigDecimal[] makerLeft = new BigDecimal[SymbolSpec.MAKER_LEVELS];
        int level = 0;
        while (true) {
            while (level < makerLeft.length && makerLeft[level] != null && makerLeft[level].signum() == 0) {
                level++;
            }
            BigDecimal makerPrice = level < makerLeft.length ? spec.makerPrice(taker.buy, level) : null;
            Map.Entry<BigDecimal, ArrayDeque<Order>> user = resting.firstEntry();
            if (makerPrice == null && user == null) {
                return true;
            }
            boolean fromMaker = user == null
                    || makerPrice != null && (taker.buy ? makerPrice.compareTo(user.getKey()) <= 0
                                                        : makerPrice.compareTo(user.getKey()) >= 0);
            BigDecimal price = fromMaker ? makerPrice : user.getKey();
            if (!taker.acceptsPrice(price)) {
                return false;
            }
            BigDecimal wanted = taker.wantedAt(price);
            if (wanted.signum() <= 0) {
                return false;
            }
            if (fromMaker) {
                if (makerLeft[level] == null) {
                    makerLeft[level] = spec.makerSize(level);
                }
                BigDecimal quantity = wanted.min(makerLeft[level]);
                makerLeft[level] = makerLeft[level].subtract(quantity);
                trade(taker, null, price, quantity, settlement);
            } else {
                ArrayDeque<Order> queue = user.getValue();
                Order maker = queue.getFirst();
                trade(taker, maker, price, wanted.min(maker.remainingBase()), settlement);
                if (!maker.status.isOpen()) {
                    queue.removeFirst();
                    if (queue.isEmpty()) {
                        resting.remove(price);
                    }
                }
            }
        }
    }

    private void trade(Order taker, @Nullable Order maker, BigDecimal price, BigDecimal quantity, Settlement settlement) {
        settlement.fill(taker, maker, price, quantity);
        lastPrice = price;
        tradedBase = tradedBase.add(quantity);
        tradedQuote = tradedQuote.add(price.multiply(quantity));
    }

    /** Base quantity available at prices the taker accepts (for fill-or-kill). */
    BigDecimal liquidityFor(Order taker) {
        BigDecimal total = BigDecimal.ZERO;
        for (int level = 0; level < SymbolSpec.MAKER_LEVELS; level++) {
            if (!taker.acceptsPrice(spec.makerPrice(taker.buy, level))) {
                break;
            }
            total = total.add(spec.makerSize(level));
        }
        for (Map.Entry<BigDecimal, ArrayDeque<Order>> e : (taker.buy ? asks : bids).entrySet()) {
            if (!taker.acceptsPrice(e.getKey())) {
                break;
            }
            for (Order o : e.getValue()) {
                total = total.add(o.remainingBase());
            }
        }
        return total;
    }

    /** True when the taker would trade on arrival (a post-only order must not). */
    boolean wouldCross(Order taker) {
        Map.Entry<BigDecimal, ArrayDeque<Order>> user = (taker.buy ? asks : bids).firstEntry();
        return taker.acceptsPrice(spec.makerPrice(taker.buy, 0)) || user != null && taker.acceptsPrice(user.getKey());
    }

    void rest(Order order) {
        (order.buy ? bids : asks).computeIfAbsent(order.price(), p -> new ArrayDeque<>()).addLast(order);
    }

    void remove(Order order) {
        NavigableMap<BigDecimal, ArrayDeque<Order>> side = order.buy ? bids : asks;
        ArrayDeque<Order> queue = side.get(order.price());
        if (queue != null && queue.remove(order) && queue.isEmpty()) {
            side.remove(order.price());
        }
    }

    /** Maker ladder and users' orders merged by price: asks ascending, bids descending, at most {@code limit} each. */
    Depth depth(int limit) {
        return new Depth(side(true, limit), side(false, limit));
    }

    private List<Level> side(boolean ask, int limit) {
        NavigableMap<BigDecimal, BigDecimal> merged = new TreeMap<>(ask ? null : Collections.reverseOrder());
        for (int level = 0; level < SymbolSpec.MAKER_LEVELS; level++) {
            merged.merge(spec.makerPrice(ask, level), spec.makerSize(level), BigDecimal::add);
        }
        for (Map.Entry<BigDecimal, ArrayDeque<Order>> e : (ask ? asks : bids).entrySet()) {
            for (Order o : e.getValue()) {
                merged.merge(e.getKey(), o.remainingBase(), BigDecimal::add);
            }
        }
        List<Level> levels = new ArrayList<>(Math.min(limit, merged.size()));
        for (Map.Entry<BigDecimal, BigDecimal> e : merged.entrySet()) {
            if (levels.size() == limit) {
                break;
            }
            levels.add(new Level(e.getKey(), e.getValue()));
        }
        return levels;
    }
}
