package io.github.bitget4j.jdk.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the exchanges in flight: java.net.http opens a new HTTP/1.1 connection for every concurrent request, and over
 * HTTP/2 refuses a stream past the server's SETTINGS_MAX_CONCURRENT_STREAMS instead of queueing it. A caller takes a
 * slot before anything is sent; while it waits it is queued, so a failure then means "not sent". Fair, so callers go
 * out in the order they came. The number of slots can only shrink, when the transport learns the peer takes fewer.
 */
final class ConnectionSlots {

    /** Outcome of {@link #acquire}. */
    enum Wait { ACQUIRED, TIMED_OUT, QUEUE_FULL, CLOSED }

    private final ShrinkableSemaphore slots;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();
    private int limit; // guarded by this
    private volatile boolean closed;

    ConnectionSlots(int slots, int maxQueued) {
        this.slots = new ShrinkableSemaphore(slots);
        this.limit = slots;
        this.maxQueued = maxQueued;
    }

    /** @param timeoutMillis 0: no limit */
    Wait acquire(long timeoutMillis) throws InterruptedException {
        if (closed) {
            return Wait.CLOSED;
        }
        if (slots.tryAcquire()) {
            return checkOpen();
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            return Wait.QUEUE_FULL;
        }
        try {
            if (timeoutMillis == 0) {
                slots.acquire();
            } else if (!slots.tryAcquire(timeoutMillis, TimeUnit.MILLISECONDS)) {
                return Wait.TIMED_OUT;
            }
            return checkOpen();
        } finally {
            queued.decrementAndGet();
        }
    }

    private Wait checkOpen() {
        if (closed) {
            slots.release();
            return Wait.CLOSED;
        }
        return Wait.ACQUIRED;
    }

    void release() {
        slots.release();
    }

    /** Slots taken now (the caller's own included). */
    synchronized int inUse() {
        return limit - slots.availablePermits();
    }

    synchronized int limit() {
        return limit;
    }

    /**
     * Lowers the number of slots to {@code newLimit} (at least 1); a higher value is ignored. Slots taken beyond the
     * new limit stay taken until released.
     */
    synchronized void limitTo(int newLimit) {
        int target = Math.max(1, newLimit);
        if (target < limit) {
            slots.shrink(limit - target);
            limit = target;
        }
    }

    /** Wakes every queued caller, each of which then learns that the transport is closed. */
    void close() {
        closed = true;
        slots.release(Integer.MAX_VALUE / 2);
    }

    /** {@link Semaphore#reducePermits} is protected. */
    private static final class ShrinkableSemaphore extends Semaphore {

        ShrinkableSemaphore(int permits) {
            super(permits, true);
        }

        void shrink(int by) {
            reducePermits(by);
        }
    }
}
