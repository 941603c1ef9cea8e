package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.OrderStatus;
import java.math.BigDecimal;
import java.util.ArrayDeque;
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
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The in-memory USDT-M futures market: contracts, their books (the same {@link OrderBook} engine as spot,
 * with its own market maker), accounts, positions and orders. Independent of any wire version: V2 (and
 * later V3) translate requests into these calls and views into their JSON. As in {@link Exchange}, one
 * {@link ReentrantLock} guards everything, held for microseconds per operation. The mark price is the last
 * trade price.
 */
final class FuturesEngine {

    /** Public trades kept per symbol for the recent-trades endpoint. */
    private static final int TRADES_KEPT = 500;

    /** A public futures trade; {@code takerBuy} is the taker's side. */
    record PublicTrade(String tradeId, String symbol, BigDecimal price, BigDecimal size, boolean takerBuy, long ts) {
    }

    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, FuturesContract> contracts = new LinkedHashMap<>();
    private final Map<String, OrderBook<FuturesOrder>> books = new LinkedHashMap<>();
    private final Map<String, ArrayDeque<PublicTrade>> trades = new LinkedHashMap<>();
    private final Map<String, FuturesAccount> accounts = new ConcurrentHashMap<>();
    private final BigDecimal startingBalance;
    private final ServerClock clock;
    private final AtomicLong orderIds = new AtomicLong(1_400_000_000_000_000_000L + System.currentTimeMillis() * 1000);
    private final FuturesLedger ledger = new FuturesLedger();
    private final FuturesEvents events = new FuturesEvents();

    /** @param startingBalance the USDT every new futures account starts with */
    FuturesEngine(BigDecimal startingBalance, ServerClock clock) {
        this.startingBalance = startingBalance;
        this.clock = clock;
        for (FuturesContract c : FuturesContract.defaults()) {
            contracts.put(c.symbol(), c);
            books.put(c.symbol(), new OrderBook<>(c.book()));
            trades.put(c.symbol(), new ArrayDeque<>());
        }
    }

    // ---- accounts

    void open(String apiKey) {
        accounts.putIfAbsent(apiKey, new FuturesAccount(apiKey, startingBalance, clock.millis()));
    }

    /** @throws IllegalArgumentException for a key without an account */
    FuturesAccount account(String apiKey) {
        FuturesAccount account = accounts.get(apiKey);
        if (account == null) {
            throw new IllegalArgumentException("no futures account for API key " + apiKey);
        }
        return account;
    }

    String newOrderId() {
        return Long.toString(orderIds.incrementAndGet());
    }

    // ---- market data

    Collection<FuturesContract> contracts() {
        return contracts.values();
    }

    FuturesContract contract(String symbol) {
        FuturesContract c = contracts.get(symbol);
        if (c == null) {
            throw new FuturesException(FuturesException.Reason.UNKNOWN_SYMBOL, symbol);
        }
        return c;
    }

    OrderBook.Depth depth(String symbol, int limit) {
        OrderBook<FuturesOrder> book = books.get(contract(symbol).symbol());
        return locked(() -> book.depth(limit));
    }

    /** Last trade price, which is also the mark price; the maker's mid before any trade. */
    BigDecimal markPrice(String symbol) {
        OrderBook<FuturesOrder> book = books.get(contract(symbol).symbol());
        return locked(() -> book.lastPrice);
    }

    /** Base and quote volume traded by users since start. */
    BigDecimal[] tradedVolume(String symbol) {
        OrderBook<FuturesOrder> book = books.get(contract(symbol).symbol());
        return locked(() -> new BigDecimal[] {book.tradedBase, book.tradedQuote});
    }

    /** Newest first. */
    List<PublicTrade> recentTrades(String symbol, int limit) {
        ArrayDeque<PublicTrade> kept = trades.get(contract(symbol).symbol());
        return locked(() -> {
            List<PublicTrade> list = new ArrayList<>();
            var it = kept.descendingIterator();
            while (it.hasNext() && list.size() < limit) {
                list.add(it.next());
            }
            return list;
        });
    }

    /** Total open long size of every account on the symbol (longs equal shorts with a maker taking the other side). */
    BigDecimal openInterest(String symbol) {
        String s = contract(symbol).symbol();
        return locked(() -> {
            BigDecimal total = BigDecimal.ZERO;
            for (FuturesAccount a : accounts.values()) {
                for (Position p : a.positions()) {
                    if (p.contract.symbol().equals(s)) {
                        total = total.add(p.size);
                    }
                }
            }
            return total;
        });
    }

    /**
     * Moves the market: the maker requotes around {@code price} and the last (mark) price becomes it, so open
     * positions revalue. Users' resting orders stay where they are; they trade only against new orders.
     *
     * @throws FuturesException UNKNOWN_SYMBOL, or INVALID_PRICE when the price is not on the tick
     */
    void movePrice(String symbol, BigDecimal price) {
        FuturesContract c = contract(symbol);
        if (!c.validPrice(price) || price.compareTo(c.book().makerStep().multiply(BigDecimal.valueOf(SymbolSpec.MAKER_LEVELS + 1L))) <= 0) {
            throw new FuturesException(FuturesException.Reason.INVALID_PRICE, price.toPlainString());
        }
        locked(() -> {
            books.get(c.symbol()).moveMid(price);
            return null;
        });
    }

    // ---- orders

    PositionMode posMode(FuturesAccount account) {
        return locked(() -> account.posMode);
    }

    /**
     * Places an order: checks it against the contract and the account's position mode, reserves margin or
     * position size, matches it, and rests what is left of a GTC limit order.
     */
    FuturesOrderView place(FuturesAccount account, FuturesOrderRequest request) {
        FuturesContract c = contract(request.symbol());
        if (!c.validSize(request.size())) {
            throw new FuturesException(FuturesException.Reason.INVALID_SIZE, request.size().toPlainString());
        }
        if (!request.market() && (request.price() == null || !c.validPrice(request.price()))) {
            throw new FuturesException(FuturesException.Reason.INVALID_PRICE, String.valueOf(request.price()));
        }
        return locked(() -> submit(account, c, request).view());
    }

    /** Places an order; the caller holds the lock ({@link #locked}). */
    FuturesOrder submit(FuturesAccount account, FuturesContract c, FuturesOrderRequest request) {
        boolean net = request.effect() == PositionEffect.NET;
        if (net != (account.posMode == PositionMode.ONE_WAY)) {
            throw new FuturesException(FuturesException.Reason.WRONG_POSITION_MODE, account.posMode.name());
        }
        String clientOid = request.clientOid() != null ? request.clientOid() : UUID.randomUUID().toString().replace("-", "");
        if (account.hasClientOid(clientOid)) {
            throw new FuturesException(FuturesException.Reason.DUPLICATE_CLIENT_OID, clientOid);
        }
        SymbolSettings settings = account.settings(c.symbol());
        MarginMode mode = marginModeFor(account, c.symbol(), settings, request.marginMode());
        OrderBook<FuturesOrder> book = books.get(c.symbol());
        boolean buy = request.bookBuy();
        BigDecimal marginPrice = request.market() ? counterPrice(book, buy) : request.price();
        HoldSide opens = request.effect().holdSide() != null ? request.effect().holdSide() : HoldSide.openedBy(buy);
        long now = clock.millis();
        FuturesOrder order = new FuturesOrder(newOrderId(), clientOid, account, c, request, account.posMode, mode,
                settings.leverageFor(mode, opens), marginPrice, now);
        ledger.reserve(order);
        account.add(order);
        OrderBook.Ending ending = book.execute(order, (taker, maker, price, quantity) -> {
            String tradeId = ledger.nextTradeId();
            FuturesFill takerFill = ledger.fill(taker, tradeId, price, quantity, false, now);
            events.add(new FuturesEvents.Filled(taker.account.apiKey, takerFill, taker.view()));
            if (maker != null) {
                FuturesFill makerFill = ledger.fill(maker, tradeId, price, quantity, true, now);
                events.add(new FuturesEvents.Filled(maker.account.apiKey, makerFill, maker.view()));
            }
            ArrayDeque<PublicTrade> kept = trades.get(c.symbol());
            PublicTrade trade = new PublicTrade(tradeId, c.symbol(), price, quantity, taker.buy, now);
            events.add(new FuturesEvents.Traded(trade));
            kept.addLast(trade);
            if (kept.size() > TRADES_KEPT) {
                kept.pollFirst();
            }
        });
        if (ending != null) {
            ledger.end(order, ending.status(), ending.reason(), now);
        }
        events.add(new FuturesEvents.OrderChanged(account.apiKey, order.view()));
        return order;
    }

    /**
     * The order's margin mode: the symbol's setting, which an order may change while the symbol has no position
     * and no order (as the web app does when you pick a mode on the order form).
     */
    private static MarginMode marginModeFor(FuturesAccount account, String symbol, SymbolSettings settings,
                                            @Nullable MarginMode asked) {
        if (asked == null || asked == settings.marginMode) {
            return settings.marginMode;
        }
        if (account.hasPositionOrOrder(symbol)) {
            throw new FuturesException(FuturesException.Reason.MARGIN_MODE_LOCKED, symbol);
        }
        settings.marginMode = asked;
        return asked;
    }

    /** The best price a market order would trade at first. */
    private static BigDecimal counterPrice(OrderBook<FuturesOrder> book, boolean buy) {
        OrderBook.Depth top = book.depth(1);
        return (buy ? top.asks() : top.bids()).getFirst().price();
    }

    /**
     * @param symbol when given, the order must be of this symbol
     * @throws FuturesException ORDER_NOT_FOUND, or NOT_CANCELLABLE when it is already filled or cancelled
     */
    FuturesOrderView cancel(FuturesAccount account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        return locked(() -> {
            FuturesOrder order = find(account, symbol, orderId, clientOid);
            if (!order.status.isOpen()) {
                throw new FuturesException(FuturesException.Reason.NOT_CANCELLABLE, order.orderId);
            }
            cancel(order, "normal_cancel");
            return order.view();
        });
    }

    private void cancel(FuturesOrder order, String reason) {
        books.get(order.contract.symbol()).remove(order);
        ledger.end(order, OrderStatus.CANCELLED, reason, clock.millis());
        events.add(new FuturesEvents.OrderChanged(order.account.apiKey, order.view()));
    }

    /** Cancels every open order of the account (on one symbol when given); returns them as cancelled. */
    List<FuturesOrderView> cancelAll(FuturesAccount account, @Nullable String symbol) {
        return locked(() -> {
            List<FuturesOrderView> cancelled = new ArrayList<>();
            for (FuturesOrder o : account.openOrders()) {
                if (symbol == null || symbol.equals(o.contract.symbol())) {
                    cancel(o, "normal_cancel");
                    cancelled.add(o.view());
                }
            }
            return cancelled;
        });
    }

    /**
     * Replaces a resting order by a new one with a new client id and the new price, size or preset TP/SL (null
     * keeps the old value), as Bitget does: the old order ends cancelled.
     */
    FuturesOrderView modify(FuturesAccount account, String symbol, @Nullable String orderId, @Nullable String clientOid,
                            String newClientOid, @Nullable BigDecimal newSize, @Nullable BigDecimal newPrice,
                            @Nullable BigDecimal newTakeProfit, @Nullable BigDecimal newStopLoss) {
        FuturesContract c = contract(symbol);
        return locked(() -> {
            FuturesOrder old = find(account, symbol, orderId, clientOid);
            if (!old.status.isOpen()) {
                throw new FuturesException(FuturesException.Reason.NOT_CANCELLABLE, old.orderId);
            }
            if (account.hasClientOid(newClientOid)) {
                throw new FuturesException(FuturesException.Reason.DUPLICATE_CLIENT_OID, newClientOid);
            }
            FuturesOrderRequest r = old.request;
            BigDecimal size = newSize != null ? newSize : old.remainingBase();
            BigDecimal price = newPrice != null ? newPrice : r.price();
            if (!c.validSize(size)) {
                throw new FuturesException(FuturesException.Reason.INVALID_SIZE, size.toPlainString());
            }
            if (price != null && !c.validPrice(price)) {
                throw new FuturesException(FuturesException.Reason.INVALID_PRICE, price.toPlainString());
            }
            cancel(old, "modified");
            FuturesOrderRequest replacement = new FuturesOrderRequest(r.symbol(), r.effect(), r.netBuy(), r.market(), r.force(),
                    price, size, newClientOid, old.marginMode, r.reduceOnly(), r.origin(),
                    newTakeProfit != null ? newTakeProfit : r.takeProfit(), newStopLoss != null ? newStopLoss : r.stopLoss());
            return submit(account, c, replacement).view();
        });
    }

    FuturesOrderView order(FuturesAccount account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        return locked(() -> find(account, symbol, orderId, clientOid).view());
    }

    /** Orders the filter accepts, newest first. */
    List<FuturesOrderView> orders(FuturesAccount account, Predicate<FuturesOrderView> filter) {
        List<FuturesOrderView> list = locked(() -> {
            List<FuturesOrderView> all = new ArrayList<>();
            for (FuturesOrder o : account.orders()) {
                FuturesOrderView v = o.view();
                if (filter.test(v)) {
                    all.add(v);
                }
            }
            return all;
        });
        list.sort(Comparator.comparing((FuturesOrderView o) -> Long.parseLong(o.orderId())).reversed());
        return list;
    }

    private FuturesOrder find(FuturesAccount account, @Nullable String symbol, @Nullable String orderId, @Nullable String clientOid) {
        FuturesOrder order = account.find(orderId, clientOid);
        if (order == null || symbol != null && !symbol.equals(order.contract.symbol())) {
            throw new FuturesException(FuturesException.Reason.ORDER_NOT_FOUND, orderId != null ? orderId : String.valueOf(clientOid));
        }
        return order;
    }

    /** Runs under the lock; the events the outermost call collected are delivered once it is released. */
    <T> T locked(Supplier<T> action) {
        List<FuturesEvents.Event> happened;
        lock.lock();
        try {
            return action.get();
        } finally {
            happened = lock.getHoldCount() == 1 ? events.drain() : List.of();
            lock.unlock();
            events.deliver(happened);
        }
    }

    FuturesEvents events() {
        return events;
    }
}
