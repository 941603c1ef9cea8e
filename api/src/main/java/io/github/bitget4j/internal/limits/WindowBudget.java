package io.github.bitget4j.internal.limits;

import java.util.Arrays;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One budget of N permits per window, kept as the last N permits: a permit is free again one window after the
 * request that used it was answered (the server saw it at the latest then), and one window plus a small margin
 * after it was handed out. This keeps at most N requests in any window as the server sees them, however late a
 * request reaches it after its permit: the strictest way Bitget may count (a sliding window) accepts it, and so do a
 * fixed window and a token bucket of N. Bursts of up to N go out at once. A permit is reserved under a lock held for
 * a few instructions (never while waiting), so callers are served in the order they asked.
 */
final class WindowBudget {

    /** Marks a permit whose request is still out: the server may see it at any moment. */
    private static final long IN_FLIGHT = Long.MAX_VALUE;
    /** A request out longer than this is taken as answered: a lost {@link #answered} call must not stop the budget. */
    private static final long STALE_NANOS = 120_000_000_000L;

    private final long windowNanos;
    private final long marginNanos;
    private final long[] grantedAt;
    private final long[] answeredAt;
    private final long[] holder;
    private final long[] takenAt;
    private final ReentrantLock lock = new ReentrantLock();
    private long next;

    WindowBudget(int permits, long windowNanos, long marginNanos, long now) {
        this.windowNanos = windowNanos;
        this.marginNanos = marginNanos;
        this.grantedAt = new long[permits];
        this.answeredAt = new long[permits];
        this.holder = new long[permits];
        this.takenAt = new long[permits];
        Arrays.fill(grantedAt, now - windowNanos - marginNanos);
        Arrays.fill(answeredAt, now - windowNanos);
        Arrays.fill(holder, -1);
    }

    /** A reserved permit: its sequence number, and when it may be used. */
    record Reservation(long sequence, long at) {
    }

    /**
     * Reserves the next permit, due one window (plus margin) after the permit N before it was handed out.
     *
     * @return the reservation, or null when it would be due later than {@code now + maxWaitNanos} (nothing reserved)
     */
    Reservation reserve(long now, long maxWaitNanos) {
        lock.lock();
        try {
            int slot = (int) (next % grantedAt.length);
            long at = Math.max(now, grantedAt[slot] + windowNanos + marginNanos);
            if (at - now > maxWaitNanos) {
                return null;
            }
            grantedAt[slot] = at;
            return new Reservation(next++, at);
        } finally {
            lock.unlock();
        }
    }

    /**
     * How much longer the holder of {@code sequence} must wait at {@code now} before sending: until the request that
     * used the same permit before it was answered, and one window after that. 0: send now (the permit is taken over).
     */
    long remaining(long sequence, long now) {
        lock.lock();
        try {
            int slot = (int) (sequence % grantedAt.length);
            if (answeredAt[slot] == IN_FLIGHT && now - takenAt[slot] > STALE_NANOS) {
                answeredAt[slot] = takenAt[slot] + STALE_NANOS;
            }
            if (holder[slot] != sequence && answeredAt[slot] == IN_FLIGHT) {
                return 1_000_000; // the request before is still out: look again in a millisecond
            }
            long due = holder[slot] == sequence ? now : answeredAt[slot] + windowNanos;
            if (due > now) {
                return due - now;
            }
            holder[slot] = sequence;
            answeredAt[slot] = IN_FLIGHT;
            takenAt[slot] = now;
            return 0;
        } finally {
            lock.unlock();
        }
    }

    /** The request sent with permit {@code sequence} was answered, or failed, at {@code now}. */
    void answered(long sequence, long now) {
        lock.lock();
        try {
            int slot = (int) (sequence % grantedAt.length);
            if (holder[slot] == sequence) {
                answeredAt[slot] = now;
            }
        } finally {
            lock.unlock();
        }
    }

    /** The server refused for too many requests: no permit before {@code now + pauseNanos}, and then the budget starts empty. */
    void drain(long now, long pauseNanos) {
        lock.lock();
        try {
            long freeFrom = now + pauseNanos - windowNanos;
            for (int i = 0; i < grantedAt.length; i++) {
                grantedAt[i] = Math.max(grantedAt[i], freeFrom - marginNanos);
                if (answeredAt[i] != IN_FLIGHT) {
                    answeredAt[i] = Math.max(answeredAt[i], freeFrom);
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
