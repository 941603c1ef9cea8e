package io.github.bitget4j.internal.limits;

import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Budgets kept in this process, shared by every client that uses the same store (the provider's store is the whole
 * process): two clients on one API key draw from one budget. Waiting is {@link Thread#sleep}, which parks a virtual
 * thread without holding its carrier.
 */
final class InProcessRateLimiter implements RateLimiter {

    /**
     * Permits are reserved this much more than a window apart, so that most callers find their permit free when they
     * wake; the answer-time check ({@link WindowBudget#remaining}) is what keeps Bitget's count, whatever the margin.
     */
    static final double MARGIN = 0.01;

    /** The permits the current thread holds per budget, until their requests are answered (a clock sync nests one). */
    private static final ThreadLocal<java.util.Map<WindowBudget, Long>> HELD = ThreadLocal.withInitial(java.util.HashMap::new);

    private final ConcurrentMap<String, WindowBudget> budgets;

    InProcessRateLimiter(ConcurrentMap<String, WindowBudget> budgets) {
        this.budgets = budgets;
    }

    /** A limiter with a store of its own (tests). */
    InProcessRateLimiter() {
        this(new ConcurrentHashMap<>());
    }

    @Override
    public boolean tryAcquire(RateLimitKey key, Duration maxWait) throws InterruptedException {
        WindowBudget budget = budget(key);
        WindowBudget.Reservation reservation = budget.reserve(System.nanoTime(), maxWait.toNanos());
        if (reservation == null) {
            return false;
        }
        long wait = reservation.at() - System.nanoTime();
        while (true) {
            if (wait > 0) {
                Thread.sleep(Duration.ofNanos(wait));
            }
            wait = budget.remaining(reservation.sequence(), System.nanoTime());
            if (wait == 0) {
                break;
            }
        }
        HELD.get().put(budget, reservation.sequence());
        return true;
    }

    @Override
    public void answered(RateLimitKey key) {
        WindowBudget budget = budget(key);
        Long sequence = HELD.get().remove(budget);
        if (sequence != null) {
            budget.answered(sequence, System.nanoTime());
        }
    }

    @Override
    public void penalize(RateLimitKey key, Duration pause) {
        budget(key).drain(System.nanoTime(), pause.toNanos());
    }

    private WindowBudget budget(RateLimitKey key) {
        return budgets.computeIfAbsent(key.id() + "|" + key.limit().scope(), id -> {
            RateLimit limit = key.limit();
            long window = limit.window().toNanos();
            return new WindowBudget(limit.permits(), window, (long) (window * MARGIN), System.nanoTime());
        });
    }

    /** The store is shared: closing one client leaves the others' budgets alone. */
    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return "InProcessRateLimiter[" + budgets.size() + " budgets]";
    }
}
