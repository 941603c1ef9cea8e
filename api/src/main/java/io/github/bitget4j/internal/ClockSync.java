package io.github.bitget4j.internal;

import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.RequestFate;
import java.time.Duration;
import java.time.InstantSource;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;

/**
 * The offset between this machine's clock and Bitget's: Bitget's server time minus the local time halfway through
 * the round trip that fetched it. Measured before the first signed request, again once it is older than the
 * interval, and at once after a 40008. One caller measures while the others wait for it (a lock, no monitor: they
 * may be virtual threads).
 */
public final class ClockSync {

    /** The last offset measured in this process per REST base URL: WebSocket logins to the same Bitget use it. */
    private static final java.util.concurrent.ConcurrentMap<String, Long> LAST_OFFSETS = new java.util.concurrent.ConcurrentHashMap<>();

    private final String baseUrl;

    private final InstantSource clock;
    private final long intervalNanos;
    private final LongSupplier serverTime;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile long offsetMillis;
    private volatile long measuredAtNanos;
    private volatile boolean measured;

    /** @param serverTime fetches Bitget's time in Unix milliseconds (a public call, never signed) */
    ClockSync(String baseUrl, InstantSource clock, Duration interval, LongSupplier serverTime) {
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.intervalNanos = interval.toNanos();
        this.serverTime = serverTime;
    }

    /** The local time corrected by the offset, measuring it first when it is missing or stale. */
    long millis() {
        if (!measured || System.nanoTime() - measuredAtNanos > intervalNanos) {
            measure(false);
        }
        return clock.millis() + offsetMillis;
    }

    /** Measures again now (after a 40008), unless another caller has just done so. */
    void resync() {
        measure(true);
    }

    /**
     * The offset a REST client of this process with clock sync last measured for {@code baseUrl}, 0 when none did:
     * what a WebSocket login with clock sync adds to its clock.
     */
    public static long lastOffsetMillis(String baseUrl) {
        return LAST_OFFSETS.getOrDefault(baseUrl, 0L);
    }

    private void measure(boolean force) {
        long asked = System.nanoTime();
        lock.lock();
        try {
            boolean fresh = measured && measuredAtNanos - asked > 0; // someone measured while this caller waited
            if (fresh || !force && measured && System.nanoTime() - measuredAtNanos <= intervalNanos) {
                return;
            }
            long before = clock.millis();
            long server;
            try {
                server = serverTime.getAsLong();
            } catch (BitgetException e) {
                throw new BitgetClientException("not sent: measuring the offset to Bitget's clock (clockSync) failed: "
                        + e.getMessage(), e, RequestFate.NOT_SENT);
            }
            long after = clock.millis();
            offsetMillis = server - (before + (after - before) / 2);
            LAST_OFFSETS.put(baseUrl, offsetMillis);
            measuredAtNanos = System.nanoTime();
            measured = true;
        } finally {
            lock.unlock();
        }
    }
}
