package io.github.bitget4j.testkit.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The V2 spot plan orders of every account: kept, listed, modified and cancelled; never fired. Its own lock:
 * plan orders touch no balance, so they need not wait for the market.
 */
final class SpotPlans {

    /** Cancelled plan orders kept per account, so a long benchmark does not grow the heap without bound. */
    private static final int KEPT = 10_000;

    private final ReentrantLock lock = new ReentrantLock();
    private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
    /** API key to that account's plan orders by id, oldest first. */
    private final Map<String, LinkedHashMap<String, SpotPlan>> byAccount = new LinkedHashMap<>();

    /** @throws MarketException DUPLICATE_CLIENT_OID when the account already has a plan order with that clientOid */
    SpotPlan add(Account account, SpotPlan plan) {
        lock.lock();
        try {
            Map<String, SpotPlan> plans = plans(account);
            if (find(plans, null, plan.clientOid()) != null) {
                throw new MarketException(MarketException.Reason.DUPLICATE_CLIENT_OID, plan.clientOid());
            }
            plans.put(plan.orderId(), plan);
            if (plans.size() > KEPT) {
                plans.values().stream().filter(p -> !p.live()).findFirst().ifPresent(p -> plans.remove(p.orderId()));
            }
        } finally {
            lock.unlock();
        }
        changed(account);
        return plan;
    }

    /**
     * Replaces a live plan order by what {@code change} makes of it.
     *
     * @throws MarketException ORDER_NOT_FOUND when there is no such live plan order
     */
    SpotPlan update(Account account, @Nullable String orderId, @Nullable String clientOid, UnaryOperator<SpotPlan> change) {
        SpotPlan changed;
        lock.lock();
        try {
            Map<String, SpotPlan> plans = plans(account);
            SpotPlan plan = find(plans, orderId, clientOid);
            if (plan == null || !plan.live()) {
                throw new MarketException(MarketException.Reason.ORDER_NOT_FOUND, orderId != null ? orderId : String.valueOf(clientOid));
            }
            changed = change.apply(plan);
            plans.put(changed.orderId(), changed);
        } finally {
            lock.unlock();
        }
        changed(account);
        return changed;
    }

    /** The account's plan orders the filter accepts, newest first. */
    List<SpotPlan> list(Account account, Predicate<SpotPlan> filter) {
        List<SpotPlan> list;
        lock.lock();
        try {
            list = new ArrayList<>(plans(account).values().stream().filter(filter).toList());
        } finally {
            lock.unlock();
        }
        list.sort(Comparator.comparing((SpotPlan p) -> Long.parseLong(p.orderId())).reversed());
        return list;
    }

    /** Calls {@code listener} with the API key of an account whose plan orders changed, after the change. */
    void onChange(Consumer<String> listener) {
        listeners.add(listener);
    }

    private void changed(Account account) {
        listeners.forEach(l -> l.accept(account.apiKey));
    }

    private Map<String, SpotPlan> plans(Account account) {
        return byAccount.computeIfAbsent(account.apiKey, k -> new LinkedHashMap<>());
    }

    private static @Nullable SpotPlan find(Map<String, SpotPlan> plans, @Nullable String orderId, @Nullable String clientOid) {
        if (orderId != null) {
            SpotPlan plan = plans.get(orderId);
            return plan != null && (clientOid == null || plan.clientOid().equals(clientOid)) ? plan : null;
        }
        for (SpotPlan plan : plans.values()) {
            if (plan.clientOid().equals(clientOid)) {
                return plan;
            }
        }
        return null;
    }
}
