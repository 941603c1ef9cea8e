package io.github.bitget4j.internal.limits;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One budget of N permits per window, kept as the times of the last N permits: a permit is free again one window
 * (plus a small margin) after it was used. This keeps at most N requests in any window, which is what a server
 * counting over a sliding window, a fixed window or a token bucket of N all accept; bursts of up to N go out at once.
 * A permit is reserved under a lock held for a few instructions (never while waiting), so callers are served in the
 * order they asked.
 */
final class WindowBudget {

    private final long windowNanos;
    private final long[] usedAt;
    private final ReentrantLock lock = new ReentrantLock();
    private int oldest;

    WindowBudget(int permits, long windowNanos, long now) {
        this.windowNanos = windowNanos;
        this.usedAt = new long[permits];
        Arrays.fill(usedAt, now - windowNanos);
    }

    /**
     * Reserves the next free permit.
     *
     * @return the nanoseconds to wait before using it (0: now), or -1 when that would be longer than {@code maxWaitNanos}
     *         (then nothing is reserved)
     */
    long reserve(long now, long maxWaitNanos) {
        lock.lock();
        try {
            long at = Math.max(now, usedAt[oldest] + windowNanos);
            if (at - now > maxWaitNanos) {
                return -1;
            }
            usedAt[oldest] = at;
            oldest = (oldest + 1) % usedAt.length;
            return at - now;
        } finally {
            lock.unlock();
        }
    }

    /** The server refused for too many requests: no permit before {@code now + pauseNanos}, and then the budget starts empty. */
    void drain(long now, long pauseNanos) {
        lock.lock();
        try {
            long freeFrom = now + pauseNanos - windowNanos;
            for (int i = 0; i < usedAt.length; i++) {
                usedAt[i] = Math.max(usedAt[i], freeFrom);
            }
        } finally {
            lock.unlock();
        }
    }
}
