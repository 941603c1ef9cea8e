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
     * Each permit comes back this much later than the window: a request granted at the very end of its wait may meet
     * the server a little earlier, relative to the one a window before it, than it left here.
     */
    static final double MARGIN = 0.05;

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
        long wait = budget(key).reserve(System.nanoTime(), maxWait.toNanos());
        if (wait < 0) {
            return false;
        }
        if (wait > 0) {
            Thread.sleep(Duration.ofNanos(wait));
        }
        return true;
    }

    @Override
    public void penalize(RateLimitKey key, Duration pause) {
        budget(key).drain(System.nanoTime(), pause.toNanos());
    }

    private WindowBudget budget(RateLimitKey key) {
        return budgets.computeIfAbsent(key.id() + "|" + key.limit().scope(), id -> {
            RateLimit limit = key.limit();
            long window = limit.window().toNanos();
            return new WindowBudget(limit.permits(), window + (long) (window * MARGIN), System.nanoTime());
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
