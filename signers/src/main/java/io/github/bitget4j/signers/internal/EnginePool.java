package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A small lock-free pool of initialised, non-thread-safe crypto engines ({@code Mac}, {@code Signature}).
 *
 * <p>Why a pool and not a {@code ThreadLocal}: with virtual threads every request may run on a new
 * thread, so a thread-local engine would be built per request. Only as many engines are ever busy as
 * there are carrier threads doing CPU work, so a few slots suffice. A miss (all slots taken) builds a
 * fresh engine from the factory; a return to a full pool drops the engine. Neither path blocks.
 */
final class EnginePool<E> {

    private final AtomicReferenceArray<@Nullable E> slots;
    private final int mask;
    private final Supplier<E> factory;
    private volatile boolean closed;

    /** @param capacity rounded up to a power of two, at least 1 */
    EnginePool(int capacity, Supplier<E> factory) {
        int size = capacity <= 1 ? 1 : Integer.highestOneBit(capacity - 1) << 1;
        this.slots = new AtomicReferenceArray<>(size);
        this.mask = size - 1;
        this.factory = factory;
    }

    /** Two slots per processor: enough for every carrier thread plus some slack, capped to stay small. */
    static int defaultCapacity() {
        return Math.min(64, 2 * Runtime.getRuntime().availableProcessors());
    }

    /** An engine for the caller's exclusive use until {@link #release}. */
    E acquire() {
        if (closed) {
            throw new SignerException("this signer has been closed");
        }
        int home = home();
        for (int i = 0; i <= mask; i++) {
            int slot = (home + i) & mask;
            E engine = slots.get(slot);
            if (engine != null && slots.compareAndSet(slot, engine, null)) {
                return engine;
            }
        }
        return factory.get();
    }

    /** Gives back an engine that finished its operation normally (engines that failed are just dropped). */
    void release(E engine) {
        if (closed) {
            return;
        }
        int home = home();
        for (int i = 0; i <= mask; i++) {
            if (slots.compareAndSet((home + i) & mask, null, engine)) {
                return;
            }
        }
    }

    /** Drops every pooled engine; later {@link #acquire} calls fail. */
    void close() {
        closed = true;
        for (int i = 0; i <= mask; i++) {
            slots.set(i, null);
        }
    }

    int capacity() {
        return mask + 1;
    }

    // Threads start at different slots so that concurrent signers rarely contend on the same one.
    private int home() {
        long id = Thread.currentThread().threadId();
        return (int) (id ^ (id >>> 32)) & mask;
    }
}
