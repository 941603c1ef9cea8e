package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderStatus;
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
 * (it quoted first). Spot and futures share this engine; each market settles trades its own way
 * ({@link Settlement}). Guarded by the lock of the market that owns it.
 *
 * @param <O> the market's order type
 */
final class OrderBook<O extends BookOrder> {

    /** Receives each trade; the market moves balances or positions and updates both orders. */
    interface Settlement<O extends BookOrder> {
        void fill(O taker, @Nullable O maker, BigDecimal price, BigDecimal quantity);
    }

    /** How an order that is neither filled nor resting ended, for the market to close it with. */
    record Ending(OrderStatus status, String reason) {
    }

    record Level(BigDecimal price, BigDecimal size) {
    }

    record Depth(List<Level> asks, List<Level> bids) {
    }

    final SymbolSpec spec;
    private final NavigableMap<BigDecimal, ArrayDeque<O>> bids = new TreeMap<>(Collections.reverseOrder());
    private final NavigableMap<BigDecimal, ArrayDeque<O>> asks = new TreeMap<>();
    /** The price the maker quotes around; starts at the spec's mid, tests may move it. */
    private BigDecimal mid;
    BigDecimal lastPrice;
    BigDecimal tradedBase = BigDecimal.ZERO;
    BigDecimal tradedQuote = BigDecimal.ZERO;

    OrderBook(SymbolSpec spec) {
        this.spec = spec;
        this.mid = spec.mid();
        this.lastPrice = spec.mid();
    }

    /** Moves the maker's ladder to quote around {@code newMid}; the last price follows, as if it had traded there. */
    void moveMid(BigDecimal newMid) {
        mid = newMid;
        lastPrice = newMid;
    }

    BigDecimal mid() {
        return mid;
    }

    /** Price of maker level {@code level} (0 = best) on the ask side or the bid side. */
    BigDecimal makerPrice(boolean ask, int level) {
        BigDecimal distance = spec.makerStep().multiply(BigDecimal.valueOf(level + 1L));
        return ask ? mid.add(distance) : mid.subtract(distance);
    }

    /**
     * Runs a new order: refuses a post-only order that would trade and a fill-or-kill order the book cannot
     * fill, matches the rest, and rests what is left of a GTC limit order.
     *
     * @return null when the order filled (its last fill closed it) or rests; otherwise how the market must close it
     */
    @Nullable Ending execute(O order, Settlement<O> settlement) {
        boolean refused = switch (order.force) {
            case "post_only" -> wouldCross(order);
            case "fok" -> liquidityFor(order).compareTo(order.size) < 0;
            default -> false;
        };
        if (refused) {
            return new Ending(OrderStatus.CANCELLED, order.force.equals("fok") ? "fok_unfilled" : "post_only_would_cross");
        }
        boolean exhausted = match(order, settlement);
        if (order.status == OrderStatus.FILLED) {
            return null;
        }
        if (!order.market && order.force.equals("gtc")) {
            rest(order);
            return null;
        }
        if (order.market && !exhausted && order.filledSize.signum() > 0) {
            return new Ending(OrderStatus.FILLED, ""); // a market buy's quote remainder too small for one lot
        }
        return new Ending(OrderStatus.CANCELLED, order.market ? "insufficient_liquidity" : "ioc_remainder");
    }

    /**
     * Trades {@code taker} against the best prices until it is done, its limit stops it, or the book is empty.
     *
     * @return true when the book ran out of liquidity before the taker was done
     */
    boolean match(O taker, Settlement<O> settlement) {
        NavigableMap<BigDecimal, ArrayDeque<O>> resting = taker.buy ? asks : bids;
        BigDecimal[] makerLeft = new BigDecimal[SymbolSpec.MAKER_LEVELS];
        int level = 0;
        while (true) {
            while (level < makerLeft.length && makerLeft[level] != null && makerLeft[level].signum() == 0) {
                level++;
            }
            BigDecimal makerPrice = level < makerLeft.length ? makerPrice(taker.buy, level) : null;
            Map.Entry<BigDecimal, ArrayDeque<O>> user = resting.firstEntry();
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
                ArrayDeque<O> queue = user.getValue();
                O maker = queue.getFirst();
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

    private void trade(O taker, @Nullable O maker, BigDecimal price, BigDecimal quantity, Settlement<O> settlement) {
        settlement.fill(taker, maker, price, quantity);
        lastPrice = price;
        tradedBase = tradedBase.add(quantity);
        tradedQuote = tradedQuote.add(price.multiply(quantity));
    }

    /** Base quantity available at prices the taker accepts (for fill-or-kill). */
    BigDecimal liquidityFor(O taker) {
        BigDecimal total = BigDecimal.ZERO;
        for (int level = 0; level < SymbolSpec.MAKER_LEVELS; level++) {
            if (!taker.acceptsPrice(makerPrice(taker.buy, level))) {
                break;
            }
            total = total.add(spec.makerSize(level));
        }
        for (Map.Entry<BigDecimal, ArrayDeque<O>> e : (taker.buy ? asks : bids).entrySet()) {
            if (!taker.acceptsPrice(e.getKey())) {
                break;
            }
            for (O o : e.getValue()) {
                total = total.add(o.remainingBase());
            }
        }
        return total;
    }

    /** True when the taker would trade on arrival (a post-only order must not). */
    boolean wouldCross(O taker) {
        Map.Entry<BigDecimal, ArrayDeque<O>> user = (taker.buy ? asks : bids).firstEntry();
        return taker.acceptsPrice(makerPrice(taker.buy, 0)) || user != null && taker.acceptsPrice(user.getKey());
    }

    void rest(O order) {
        (order.buy ? bids : asks).computeIfAbsent(order.price(), p -> new ArrayDeque<>()).addLast(order);
    }

    void remove(O order) {
        NavigableMap<BigDecimal, ArrayDeque<O>> side = order.buy ? bids : asks;
        ArrayDeque<O> queue = side.get(order.price());
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
            merged.merge(makerPrice(ask, level), spec.makerSize(level), BigDecimal::add);
        }
        for (Map.Entry<BigDecimal, ArrayDeque<O>> e : (ask ? asks : bids).entrySet()) {
            for (O o : e.getValue()) {
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
