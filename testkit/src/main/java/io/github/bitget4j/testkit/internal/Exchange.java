package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.BalanceSnapshot;
import io.github.bitget4j.testkit.OrderSnapshot;
import io.github.bitget4j.testkit.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The one in-memory spot market that V2 and V3 share: accounts, balances, order books and matching.
 * One lock guards all of it: an order can touch two accounts and two coins, and each operation takes
 * microseconds, so a single short critical section is both correct and fast enough for thousands of
 * requests per second. A {@link ReentrantLock} rather than {@code synchronized}, so virtual threads
 * waiting for it do not pin their carrier. Changes reach listeners ({@link MarketEvents}) after the lock
 * is released, in the order they were made.
 */
public final class Exchange {

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, SymbolSpec> specs = new LinkedHashMap<>();
    private final Map<String, OrderBook<Order>> books = new LinkedHashMap<>();
    private final Map<String, Account> accounts = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> funding;
    private final ServerClock clock;
    /** Bitget order ids are long numbers; starting from the clock keeps them unique across restarts. */
    private final AtomicLong orderIds = new AtomicLong(1_000_000_000_000_000_000L + System.currentTimeMillis() * 1000);
    private final AtomicLong userIds = new AtomicLong(6_000_000_000L);
    private final AtomicLong tradeIds = new AtomicLong(1_100_000_000_000_000_000L + System.currentTimeMillis() * 1000);
    private final MarketEvents events = new MarketEvents();
    /** What the running operation changed; set only while the lock is held by a changing operation. */
    private MarketEvents.@Nullable Batch batch;

    /** @param funding what each new account starts with, coin to amount */
    public Exchange(Map<String, BigDecimal> funding, ServerClock clock) {
        this.funding = Map.copyOf(funding);
        this.clock = clock;
        for (SymbolSpec spec : SymbolSpec.defaults()) {
            specs.put(spec.symbol(), spec);
            books.put(spec.symbol(), new OrderBook<>(spec));
        }
    }

    // ---- accounts and balances

    Account open(String apiKey) {
        long now = clock.millis();
        Account account = new Account(apiKey, Long.toString(userIds.incrementAndGet()), now);
        return locked(() -> {
            funding.forEach((coin, amount) -> account.holding(coin, now).credit(amount, now));
            accounts.put(apiKey, account);
            return account;
        });
    }

    /** @throws IllegalArgumentException for a key without an account */
    Account account(String apiKey) {
        Account account = accounts.get(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("no account for API key " + apiKey);
        }
        return account;
    }

    List<BalanceSnapshot> balances(Account account) {
        return locked(() -> {
            List<BalanceSnapshot> list = new ArrayList<>();
            for (Holding h : account.holdings()) {
                list.add(h.snapshot());
            }
            return list;
        });
    }

    BalanceSnapshot balance(Account account, String coin) {
        return locked(() -> {
            Holding h = account.existingHolding(coin);
            return h == null ? new BalanceSnapshot(coin, BigDecimal.ZERO, BigDecimal.ZERO) : h.snapshot();
        });
    }

    /** Last change of the coin in the account, Unix ms; the account's creation when it never held the coin. */
    long balanceUpdatedTime(Account account, String coin) {
        return locked(() -> {
            Holding h = account.existingHolding(coin);
            return h == null ? account.createdTime : h.updatedTime;
        });
    }

    void setAvailable(Account account, String coin, BigDecimal amount) {
        changing(() -> {
            batch().account(account);
            long now = clock.millis();
            Holding h = account.holding(coin, now);
            h.available = amount;
            h.updatedTime = now;
            return null;
        });
    }

    // ---- market data

    Collection<SymbolSpec> specs() {
        return specs.values();
    }

    SymbolSpec spec(String symbol) {
        SymbolSpec spec = specs.get(symbol);
        if (spec == null) {
            throw new MarketException(MarketException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        return spec;
    }

    OrderBook.Depth depth(String symbol, int limit) {
        OrderBook<Order> book = books.get(spec(symbol).symbol());
        return locked(() -> book.depth(limit));
    }

    /** Last trade price; the maker's mid before any trade. */
    BigDecimal lastPrice(String symbol) {
        OrderBook<Order> book = books.get(spec(symbol).symbol());
        return locked(() -> book.lastPrice);
    }

    /** Base and quote volume traded by users since start. */
    BigDecimal[] tradedVolume(String symbol) {
        OrderBook<Order> book = books.get(spec(symbol).symbol());
        return locked(() -> new BigDecimal[] {book.tradedBase, book.tradedQuote});
    }

    /** Value of one unit of the coin in USDT, through its USDT pair; zero for coins without one. */
    BigDecimal usdtPrice(String coin) {
        if (coin.equals("USDT")) {
            return BigDecimal.ONE;
        }
        SymbolSpec pair = specs.get(coin + "USDT");
        return pair == null ? BigDecimal.ZERO : lastPrice(pair.symbol());
    }

    // ---- orders

    /**
     * Places an order: freezes what it costs, matches it, rests the rest of a GTC limit order, and
     * releases what an IOC/FOK/market order did not use.
     */
    OrderSnapshot place(Account account, OrderRequest request) {
        SymbolSpec spec = spec(request.symbol());
        OrderBook<Order> book = books.get(spec.symbol());
        String clientOid = request.clientOid() != null ? request.clientOid() : UUID.randomUUID().toString().replace("-", "");
        return changing(() -> {
            long now = clock.millis();
            if (account.hasClientOid(clientOid)) {
                throw new MarketException(MarketException.Reason.DUPLICATE_CLIENT_OID, clientOid);
            }
            Order order = new Order(Long.toString(orderIds.incrementAndGet()), clientOid, account, spec, request, now);
            Holding funds = account.holding(order.frozenCoin(), now);
            BigDecimal cost = order.cost();
            if (funds.available.compareTo(cost) < 0) {
                throw new MarketException(MarketException.Reason.INSUFFICIENT_BALANCE, order.frozenCoin());
            }
            funds.freeze(cost, now);
            order.frozen = cost;
            account.add(order);
            batch().order(order);
            batch().book(spec.symbol());
            execute(order, book, now);
            return order.snapshot();
        });
    }

    private void execute(Order order, OrderBook<Order> book, long now) {
        OrderBook.Ending ending = book.execute(order, (taker, maker, price, quantity) -> settle(taker, maker, price, quantity, now));
        if (ending != null) {
            close(order, ending.status(), ending.reason(), now);
        }
    }

    /** Moves balances for one trade and updates both orders. {@code maker} is null for the market maker. */
    private void settle(Order taker, @Nullable Order maker, BigDecimal price, BigDecimal quantity, long now) {
        BigDecimal value = price.multiply(quantity);
        String tradeId = Long.toString(tradeIds.incrementAndGet());
        fill(taker, price, quantity, value, now);
        record(taker, tradeId, price, quantity, value, false, now);
        batch().execution(new MarketEvent.Filled(taker.account.apiKey, taker.snapshot(), tradeId, price, quantity, false, now));
        if (maker != null) {
            fill(maker, price, quantity, value, now);
            record(maker, tradeId, price, quantity, value, true, now);
            batch().execution(new MarketEvent.Filled(maker.account.apiKey, maker.snapshot(), tradeId, price, quantity, true, now));
            batch().order(maker);
        }
        batch().execution(new MarketEvent.Traded(taker.spec.symbol(), tradeId, price, quantity, taker.side(), now));
    }

    private static void record(Order order, String tradeId, BigDecimal price, BigDecimal quantity, BigDecimal value,
                               boolean maker, long now) {
        order.account.addFill(new SpotFill(tradeId, order.orderId, order.spec.symbol(), order.side(), order.orderType(),
                price, quantity, value, maker, now));
    }

    private void fill(Order order, BigDecimal price, BigDecimal quantity, BigDecimal value, long now) {
        Account account = order.account;
        SymbolSpec spec = order.spec;
        if (order.buy) {
            // A limit buy froze at its own price; trading lower returns the difference.
            BigDecimal held = order.quoteSized() ? value : order.price().multiply(quantity);
            account.holding(spec.quoteCoin(), now).spendFrozen(held, now);
            account.holding(spec.quoteCoin(), now).credit(held.subtract(value), now);
            account.holding(spec.baseCoin(), now).credit(quantity, now);
            order.frozen = order.frozen.subtract(held);
        } else {
            account.holding(spec.baseCoin(), now).spendFrozen(quantity, now);
            account.holding(spec.quoteCoin(), now).credit(value, now);
            order.frozen = order.frozen.subtract(quantity);
        }
        order.filledSize = order.filledSize.add(quantity);
        order.filledValue = order.filledValue.add(value);
        order.updatedTime = now;
        if (!order.quoteSized() && order.filledSize.compareTo(order.size) >= 0) {
            close(order, OrderStatus.FILLED, "", now);
        } else {
            order.status = OrderStatus.PARTIALLY_FILLED;
        }
    }

    /** Ends an order: releases whatever it still holds and retires it from the account's open set. */
    private void close(Order order, OrderStatus status, String reason, long now) {
        if (order.frozen.signum() != 0) {
            order.account.holding(order.frozenCoin(), now).release(order.frozen, now);
            order.frozen = BigDecimal.ZERO;
        }
        order.status = status;
        order.cancelReason = reason;
        order.updatedTime = now;
        order.account.closed(order);
    }

    /**
     * Cancels an open order.
     *
     * @param symbol when given, the order must be of this symbol
     * @throws MarketException ORDER_NOT_FOUND, or NOT_CANCELLABLE when it is already filled or cancelled
     */
    OrderSnapshot cancel(Account account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        return changing(() -> {
            Order order = find(account, symbol, orderId, clientOid);
            batch().order(order);
            batch().book(order.spec.symbol());
            if (!order.status.isOpen()) {
                throw new MarketException(MarketException.Reason.NOT_CANCELLABLE, order.orderId);
            }
            books.get(order.spec.symbol()).remove(order);
            close(order, OrderStatus.CANCELLED, "normal_cancel", clock.millis());
            return order.snapshot();
        });
    }

    OrderSnapshot order(Account account, @Nullable String orderId, @Nullable String clientOid) {
        return locked(() -> find(account, null, orderId, clientOid).snapshot());
    }

    /** Open orders, newest first. */
    List<OrderSnapshot> openOrders(Account account, @Nullable String symbol) {
        List<OrderSnapshot> open = locked(() -> {
            List<OrderSnapshot> list = new ArrayList<>();
            for (Order o : account.orders()) {
                if (o.status.isOpen() && (symbol == null || symbol.equals(o.spec.symbol()))) {
                    list.add(o.snapshot());
                }
            }
            return list;
        });
        open.sort(Comparator.comparing((OrderSnapshot o) -> Long.parseLong(o.orderId())).reversed());
        return open;
    }

    /** Finished (filled or cancelled) orders, newest first. */
    List<OrderSnapshot> finishedOrders(Account account) {
        List<OrderSnapshot> list = locked(() -> {
            List<OrderSnapshot> finished = new ArrayList<>();
            for (Order o : account.closedOrders()) {
                finished.add(o.snapshot());
            }
            return finished;
        });
        list.sort(Comparator.comparing((OrderSnapshot o) -> Long.parseLong(o.orderId())).reversed());
        return list;
    }

    /** The account's fills, newest first. */
    List<SpotFill> fills(Account account) {
        return locked(() -> {
            List<SpotFill> list = new ArrayList<>();
            account.fills().forEach(list::add);
            return list.reversed();
        });
    }

    /** A fresh id from the order id sequence, for records that share Bitget's order id space (plan orders). */
    String newOrderId() {
        return Long.toString(orderIds.incrementAndGet());
    }

    /**
     * Adds to a coin's available balance (a transfer in, a deposit, a cancelled withdrawal).
     */
    void credit(Account account, String coin, BigDecimal amount) {
        changing(() -> {
            batch().account(account);
            long now = clock.millis();
            account.holding(coin, now).credit(amount, now);
            return null;
        });
    }

    /**
     * Takes from a coin's available balance (a transfer out, a withdrawal).
     *
     * @throws MarketException INSUFFICIENT_BALANCE when less is available
     */
    void debit(Account account, String coin, BigDecimal amount) {
        changing(() -> {
            long now = clock.millis();
            Holding h = account.existingHolding(coin);
            if (h == null || h.available.compareTo(amount) < 0) {
                throw new MarketException(MarketException.Reason.INSUFFICIENT_BALANCE, coin);
            }
            batch().account(account);
            h.credit(amount.negate(), now);
            return null;
        });
    }

    private Order find(Account account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        Order order = account.find(orderId, clientOid);
        if (order == null || symbol != null && !symbol.equals(order.spec.symbol())) {
            throw new MarketException(MarketException.Reason.ORDER_NOT_FOUND, orderId != null ? orderId : String.valueOf(clientOid));
        }
        return order;
    }

    /** Registers a listener of every change; it runs on the changing thread, after the lock is released. */
    void addListener(Consumer<MarketEvent> listener) {
        events.addListener(listener);
    }

    /** Every level of the symbol's book. */
    OrderBook.Depth fullDepth(String symbol) {
        return depth(symbol, Integer.MAX_VALUE);
    }

    /** As {@link #locked(Supplier)}, recording what the action changes and telling listeners afterwards. */
    private <T> T changing(Supplier<T> action) {
        T result;
        lock.lock();
        try {
            batch = events.new Batch();
            try {
                result = action.get();
                batch.queue(clock.millis());
            } finally {
                batch = null;
            }
        } finally {
            lock.unlock();
        }
        events.deliver();
        return result;
    }

    private MarketEvents.Batch batch() {
        MarketEvents.Batch current = batch;
        if (current == null) {
            throw new IllegalStateException("a market change outside changing(...)");
        }
        return current;
    }

    private <T> T locked(Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }
}
