package io.github.bitget4j.testkit.internal;

import io.github.bitget4j.testkit.BalanceSnapshot;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * Carries the exchange's changes to listeners (the WebSocket side) in the order the exchange made them,
 * without holding the exchange lock while listeners send frames. Changes are collected while the lock
 * is held ({@link Batch}) and queued in lock order; after unlocking, whichever thread gets the drain
 * lock delivers everything queued, one event at a time.
 */
final class MarketEvents {

    private static final System.Logger LOG = System.getLogger(MarketEvents.class.getName());

    private final Queue<MarketEvent> outbox = new ConcurrentLinkedQueue<>();
    private final ReentrantLock drain = new ReentrantLock();
    private final List<Consumer<MarketEvent>> listeners = new CopyOnWriteArrayList<>();

    void addListener(Consumer<MarketEvent> listener) {
        listeners.add(listener);
    }

    boolean hasListeners() {
        return !listeners.isEmpty();
    }

    /** Delivers queued events; call after releasing the exchange lock. */
    void deliver() {
        while (!outbox.isEmpty() && drain.tryLock()) { // re-checked after unlocking: nothing is left behind
            try {
                MarketEvent event;
                while ((event = outbox.poll()) != null) {
                    for (Consumer<MarketEvent> listener : listeners) {
                        try {
                            listener.accept(event);
                        } catch (RuntimeException e) {
                            // a failing push must not fail the REST call that happened to deliver it
                            LOG.log(System.Logger.Level.WARNING, "market event listener failed on " + event, e);
                        }
                    }
                }
            } finally {
                drain.unlock();
            }
        }
    }

    /** What one operation changed; used under the exchange lock only. */
    final class Batch {

        private final Set<Order> orders = new LinkedHashSet<>();
        private final Set<Account> accounts = new LinkedHashSet<>();
        private final Set<String> books = new LinkedHashSet<>();
        private final List<MarketEvent> executions = new ArrayList<>();

        void order(Order order) {
            orders.add(order);
            accounts.add(order.account);
        }

        void account(Account account) {
            accounts.add(account);
        }

        void book(String symbol) {
            books.add(symbol);
        }

        void execution(MarketEvent fillOrTrade) {
            executions.add(fillOrTrade);
        }

        /** Queues the events, still under the exchange lock, so the queue has the lock's order. */
        void queue(long now) {
            if (listeners.isEmpty()) {
                return;
            }
            outbox.addAll(executions); // fills first: an order's last push then shows its final state
            for (Order order : orders) {
                outbox.add(new MarketEvent.OrderChanged(order.account.apiKey, order.snapshot()));
            }
            for (Account account : accounts) {
                List<BalanceSnapshot> balances = new ArrayList<>();
                account.holdings().forEach(holding -> balances.add(holding.snapshot()));
                outbox.add(new MarketEvent.BalancesChanged(account.apiKey, List.copyOf(balances), now));
            }
            for (String symbol : books) {
                outbox.add(new MarketEvent.BookChanged(symbol));
            }
        }
    }
}
