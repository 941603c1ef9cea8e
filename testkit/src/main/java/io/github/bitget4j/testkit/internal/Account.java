package io.github.bitget4j.testkit.internal;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/** The account behind one API key: balances and orders. Guarded by the exchange lock. */
final class Account {

    /** Closed orders (and fills) kept per account, so a long benchmark does not grow the heap without bound. */
    private static final int CLOSED_ORDERS_KEPT = 10_000;

    final String apiKey;
    final String userId;
    final long createdTime;
    private final Map<String, Holding> holdings = new TreeMap<>();
    private final Map<String, Order> ordersById = new LinkedHashMap<>();
    private final Map<String, Order> ordersByClientOid = new HashMap<>();
    private final ArrayDeque<Order> closedOrders = new ArrayDeque<>();
    private final ArrayDeque<SpotFill> fills = new ArrayDeque<>();

    Account(String apiKey, String userId, long createdTime) {
        this.apiKey = apiKey;
        this.userId = userId;
        this.createdTime = createdTime;
    }

    Holding holding(String coin, long now) {
        return holdings.computeIfAbsent(coin, c -> new Holding(c, now));
    }

    @Nullable Holding existingHolding(String coin) {
        return holdings.get(coin);
    }

    Iterable<Holding> holdings() {
        return holdings.values();
    }

    void add(Order order) {
        ordersById.put(order.orderId, order);
        ordersByClientOid.put(order.clientOid, order);
    }

    boolean hasClientOid(String clientOid) {
        return ordersByClientOid.containsKey(clientOid);
    }

    @Nullable Order find(@Nullable String orderId, @Nullable String clientOid) {
        if (orderId != null) {
            Order o = ordersById.get(orderId);
            return o != null && (clientOid == null || o.clientOid.equals(clientOid)) ? o : null;
        }
        return clientOid == null ? null : ordersByClientOid.get(clientOid);
    }

    /** All orders, oldest first. */
    Iterable<Order> orders() {
        return ordersById.values();
    }

    /** Finished (filled or cancelled) orders still kept, oldest first. */
    Iterable<Order> closedOrders() {
        return closedOrders;
    }

    /** Records a fill; forgets the oldest beyond the cap. */
    void addFill(SpotFill fill) {
        fills.addLast(fill);
        if (fills.size() > CLOSED_ORDERS_KEPT) {
            fills.pollFirst();
        }
    }

    /** Fills still kept, oldest first. */
    Iterable<SpotFill> fills() {
        return fills;
    }

    /** Called once when an order leaves the book; forgets the oldest closed orders beyond the cap. */
    void closed(Order order) {
        closedOrders.addLast(order);
        if (closedOrders.size() > CLOSED_ORDERS_KEPT) {
            Order old = closedOrders.pollFirst();
            ordersById.remove(old.orderId);
            ordersByClientOid.remove(old.clientOid);
        }
    }
}
