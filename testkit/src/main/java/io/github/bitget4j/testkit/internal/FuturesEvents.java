package io.github.bitget4j.testkit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * What changed in the futures market, for the WebSocket side: collected under the engine's lock while an operation
 * runs, delivered after the lock is released, one operation's events at a time and in order.
 */
final class FuturesEvents {

    sealed interface Event {
    }

    /** An order was placed, changed or ended. */
    record OrderChanged(String apiKey, FuturesOrderView order) implements Event {
    }

    /** One execution of a user's order (its position and wallet moved). */
    record Filled(String apiKey, FuturesFill fill, FuturesOrderView order) implements Event {
    }

    /** A public trade. */
    record Traded(FuturesEngine.PublicTrade trade) implements Event {
    }

    /** A plan (trigger or TP/SL) order of the account was placed, changed or cancelled. */
    record PlansChanged(String apiKey) implements Event {
    }

    private final List<Event> pending = new ArrayList<>();
    private final ReentrantLock delivery = new ReentrantLock();
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; each event reaches every listener, in the order they were added. */
    void listen(Consumer<Event> listener) {
        listeners.add(listener);
    }

    /** Call with the engine's lock held. */
    void add(Event event) {
        pending.add(event);
    }

    /** Call with the engine's lock held: the events of the operation that is ending. */
    List<Event> drain() {
        if (pending.isEmpty()) {
            return List.of();
        }
        List<Event> events = List.copyOf(pending);
        pending.clear();
        return events;
    }

    /** Call without the engine's lock. */
    void deliver(List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        delivery.lock();
        try {
            events.forEach(e -> listeners.forEach(l -> l.accept(e)));
        } finally {
            delivery.unlock();
        }
    }
}
