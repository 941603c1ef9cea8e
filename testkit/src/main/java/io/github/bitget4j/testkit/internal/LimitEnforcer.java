package io.github.bitget4j.testkit.internal;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * Bitget's rate limits, enforced from the endpoint model: at most N accepted requests in any window (a sliding
 * window, the strictest reading of "N requests per second"), counted per UID (here: per API key, each key being
 * its own account) or per source IP, in the endpoint's group. Off unless switched on. A refused request is not
 * executed and not counted.
 */
final class LimitEnforcer {

    private final ModelCatalog model;
    private final ConcurrentMap<String, ArrivalLog> logs = new ConcurrentHashMap<>();
    private final AtomicLong refused = new AtomicLong();
    private volatile boolean enabled;

    LimitEnforcer(ModelCatalog model, boolean enabled) {
        this.model = model;
        this.enabled = enabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        logs.clear();
    }

    boolean enabled() {
        return enabled;
    }

    /** How many requests were answered 429 so far. */
    long refused() {
        return refused.get();
    }

    /**
     * Counts the request against its budget.
     *
     * @param apiKey the authenticated key, or null for an unsigned request (then a UID limit counts per IP)
     * @return 0 when it fits, else how long (ns) until the budget has room: it must be answered 429
     */
    long admit(String method, String path, @Nullable String apiKey, String remoteIp) {
        if (!enabled) {
            return 0;
        }
        ModelCatalog.EndpointSpec spec = model.find(method, path);
        if (spec == null) {
            return 0;
        }
        ModelCatalog.Limit limit = spec.limit();
        String owner = limit.scope().equals("uid") && apiKey != null ? "uid:" + apiKey : "ip:" + remoteIp;
        ArrivalLog log = logs.computeIfAbsent(owner + "|" + limit.group(),
                id -> new ArrivalLog(limit.count(), limit.windowSeconds() * 1_000_000_000L));
        long wait = log.admit(System.nanoTime());
        if (wait > 0) {
            refused.incrementAndGet();
        }
        return wait;
    }

    /** The arrival times of the last N accepted requests of one budget. */
    private static final class ArrivalLog {
        private final long windowNanos;
        private final long[] acceptedAt;
        private final ReentrantLock lock = new ReentrantLock();
        private int oldest;

        ArrivalLog(int count, long windowNanos) {
            this.windowNanos = windowNanos;
            this.acceptedAt = new long[count];
            Arrays.fill(acceptedAt, System.nanoTime() - windowNanos);
        }

        /** 0: accepted; else the time until the oldest of the last N leaves the window. */
        long admit(long now) {
            lock.lock();
            try {
                if (now - acceptedAt[oldest] < windowNanos) {
                    return acceptedAt[oldest] + windowNanos - now;
                }
                acceptedAt[oldest] = now;
                oldest = (oldest + 1) % acceptedAt.length;
                return 0;
            } finally {
                lock.unlock();
            }
        }
    }
}
