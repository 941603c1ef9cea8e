package io.github.bitget4j.internal.ws;

import io.github.bitget4j.errors.WsUpdatesDroppedException;
import io.github.bitget4j.ws.WsKey;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Runs one socket's listener and handler callbacks on their own virtual thread, one at a time and in order, so that
 * a slow consumer never holds up the transport thread: WS API replies, login acks and liveness are handled on
 * receipt. The queue is bounded ({@link #MAX_QUEUED} callbacks); when it is full the oldest waiting callback is
 * dropped and the count reported as a {@link WsUpdatesDroppedException} once the consumer catches up.
 */
final class Deliveries {

    /** Callbacks that may wait for a slow consumer; a books update of 400 levels is ~20 KB, so ~200 MB at worst. */
    static final int MAX_QUEUED = 10_000;

    private static final Runnable STOP = () -> { };

    private final WsKey key;
    private final ListenerSet listeners;
    private final ArrayBlockingQueue<Runnable> queue = new ArrayBlockingQueue<>(MAX_QUEUED);
    private final AtomicLong dropped = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private @Nullable Thread worker;
    private volatile boolean stopping;

    Deliveries(WsKey key, ListenerSet listeners) {
        this.key = key;
        this.listeners = listeners;
    }

    /** Queues a callback; never blocks. After {@link #close()} the callback runs on the calling thread. */
    void submit(Runnable callback) {
        if (stopping) {
            callback.run();
            return;
        }
        while (!queue.offer(callback)) {
            if (queue.poll() != null) {
                dropped.incrementAndGet();
            }
        }
        startIfNeeded();
    }

    private void startIfNeeded() {
        lock.lock();
        try {
            if (worker == null && !stopping) {
                worker = Thread.ofVirtual().name("bitget4j-ws-deliver-" + key).start(this::drain);
            }
        } finally {
            lock.unlock();
        }
    }

    private void drain() {
        try {
            while (true) {
                Runnable next = queue.take();
                if (next == STOP) {
                    return;
                }
                long lost = dropped.getAndSet(0);
                if (lost > 0) {
                    listeners.exception(key, new WsUpdatesDroppedException(key + ": the consumer fell behind by more"
                            + " than " + MAX_QUEUED + " callbacks; dropped the " + lost + " oldest", lost));
                }
                next.run(); // callbacks are guarded by ListenerSet: one that throws does not stop the others
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Callbacks already queued are still delivered; the worker then ends. Does not wait for it. */
    void close() {
        lock.lock();
        try {
            stopping = true;
            if (worker != null) {
                while (!queue.offer(STOP)) {
                    queue.poll();
                }
            }
        } finally {
            lock.unlock();
        }
    }
}
