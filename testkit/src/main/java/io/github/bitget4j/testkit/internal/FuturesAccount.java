package io.github.bitget4j.testkit.internal;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The USDT-M futures side of one API key: wallet balance, settings, positions, orders, fills and plan
 * orders. {@code cash} is the wallet balance (deposit plus realised PnL); positions' margins and orders'
 * frozen margins are parts of it that are not available. Guarded by the futures lock.
 */
final class FuturesAccount {

    /** Finished orders, fills and closed positions kept, so a long benchmark does not grow the heap without bound. */
    private static final int HISTORY_KEPT = 10_000;

    final String apiKey;
    final long createdTime;
    BigDecimal cash;
    PositionMode posMode = PositionMode.ONE_WAY;
    private final Map<String, SymbolSettings> settings = new HashMap<>();
    private final Map<String, Position> positions = new LinkedHashMap<>();
    private final ArrayDeque<ClosedPosition> closedPositions = new ArrayDeque<>();
    private final Map<String, FuturesOrder> ordersById = new LinkedHashMap<>();
    private final Map<String, FuturesOrder> ordersByClientOid = new HashMap<>();
    private final Set<FuturesOrder> openOrders = new LinkedHashSet<>();
    private final ArrayDeque<FuturesOrder> closedOrders = new ArrayDeque<>();
    private final ArrayDeque<FuturesFill> fills = new ArrayDeque<>();
    private final Map<String, PlanOrder> plansById = new LinkedHashMap<>();

    FuturesAccount(String apiKey, BigDecimal startingBalance, long now) {
        this.apiKey = apiKey;
        this.cash = startingBalance;
        this.createdTime = now;
    }

    SymbolSettings settings(String symbol) {
        return settings.computeIfAbsent(symbol, s -> new SymbolSettings());
    }

    /** Symbols whose settings were ever touched, with their settings. */
    Map<String, SymbolSettings> allSettings() {
        return settings;
    }

    // ---- positions

    @Nullable Position position(String symbol, HoldSide side) {
        return positions.get(key(symbol, side));
    }

    void addPosition(Position position) {
        positions.put(key(position.contract.symbol(), position.side), position);
    }

    /** Moves a fully closed position to the history. */
    void retire(Position position) {
        positions.remove(key(position.contract.symbol(), position.side));
        closedPositions.addLast(position.closed());
        if (closedPositions.size() > HISTORY_KEPT) {
            closedPositions.pollFirst();
        }
    }

    Collection<Position> positions() {
        return positions.values();
    }

    /** Closed positions, oldest first. */
    Collection<ClosedPosition> closedPositions() {
        return closedPositions;
    }

    boolean hasPositionOrOrder(@Nullable String symbol) {
        for (Position p : positions.values()) {
            if (symbol == null || symbol.equals(p.contract.symbol())) {
                return true;
            }
        }
        for (FuturesOrder o : openOrders) {
            if (symbol == null || symbol.equals(o.contract.symbol())) {
                return true;
            }
        }
        return false;
    }

    private static String key(String symbol, HoldSide side) {
        return symbol + '|' + side;
    }

    // ---- orders

    boolean hasClientOid(String clientOid) {
        return ordersByClientOid.containsKey(clientOid);
    }

    void add(FuturesOrder order) {
        ordersById.put(order.orderId, order);
        ordersByClientOid.put(order.clientOid, order);
        openOrders.add(order);
    }

    @Nullable FuturesOrder find(@Nullable String orderId, @Nullable String clientOid) {
        if (orderId != null) {
            FuturesOrder o = ordersById.get(orderId);
            return o != null && (clientOid == null || o.clientOid.equals(clientOid)) ? o : null;
        }
        return clientOid == null ? null : ordersByClientOid.get(clientOid);
    }

    /** Open orders, oldest first; a copy, so callers may cancel while iterating. */
    List<FuturesOrder> openOrders() {
        return new ArrayList<>(openOrders);
    }

    /** Every order still remembered, oldest first. */
    Collection<FuturesOrder> orders() {
        return ordersById.values();
    }

    /** Called once when an order leaves the book; forgets the oldest finished orders beyond the cap. */
    void closed(FuturesOrder order) {
        openOrders.remove(order);
        closedOrders.addLast(order);
        if (closedOrders.size() > HISTORY_KEPT) {
            FuturesOrder old = closedOrders.pollFirst();
            ordersById.remove(old.orderId);
            ordersByClientOid.remove(old.clientOid);
        }
    }

    // ---- fills and plan orders

    void addFill(FuturesFill fill) {
        fills.addLast(fill);
        if (fills.size() > HISTORY_KEPT) {
            fills.pollFirst();
        }
    }

    /** Fills, oldest first. */
    Collection<FuturesFill> fills() {
        return fills;
    }

    void putPlan(PlanOrder plan) {
        plansById.put(plan.orderId(), plan);
    }

    @Nullable PlanOrder findPlan(@Nullable String orderId, @Nullable String clientOid) {
        if (orderId != null) {
            PlanOrder p = plansById.get(orderId);
            return p != null && (clientOid == null || p.clientOid().equals(clientOid)) ? p : null;
        }
        for (PlanOrder p : plansById.values()) {
            if (p.clientOid().equals(clientOid)) {
                return p;
            }
        }
        return null;
    }

    /** Plan orders, oldest first. */
    Collection<PlanOrder> plans() {
        return plansById.values();
    }

    // ---- money

    BigDecimal frozenMargin() {
        BigDecimal total = BigDecimal.ZERO;
        for (FuturesOrder o : openOrders) {
            total = total.add(o.frozenMargin);
        }
        return total;
    }

    BigDecimal positionMargin(@Nullable MarginMode mode) {
        BigDecimal total = BigDecimal.ZERO;
        for (Position p : positions.values()) {
            if (mode == null || p.marginMode == mode) {
                total = total.add(p.margin);
            }
        }
        return total;
    }

    /** What new orders may still commit: the wallet less position margins and margin frozen by orders. */
    BigDecimal available() {
        return cash.subtract(positionMargin(null)).subtract(frozenMargin());
    }
}
