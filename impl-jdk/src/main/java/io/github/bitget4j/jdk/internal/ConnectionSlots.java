package io.github.bitget4j.jdk.internal;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the exchanges in flight, since java.net.http opens a new HTTP/1.1 connection for every concurrent request.
 * A caller takes a slot before anything is sent; while it waits it is queued, so a failure then means "not sent".
 * Fair, so callers go out in the order they came.
 */
final class ConnectionSlots {

    /** Outcome of {@link #acquire}. */
    enum Wait { ACQUIRED, TIMED_OUT, QUEUE_FULL, CLOSED }

    private final Semaphore slots;
    private final int maxQueued;
    private final AtomicInteger queued = new AtomicInteger();
    private volatile boolean closed;

    ConnectionSlots(int slots, int maxQueued) {
        this.slots = new Semaphore(slots, true);
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

    /** Wakes every queued caller, each of which then learns that the transport is closed. */
    void close() {
        closed = true;
        slots.release(Integer.MAX_VALUE / 2);
    }
}
