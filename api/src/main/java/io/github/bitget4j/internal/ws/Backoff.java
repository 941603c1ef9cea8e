package io.github.bitget4j.internal.ws;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Reconnect delays: base × 2^(attempt−1), capped, then drawn at random between half of that and all of it
 * ("equal jitter"), so that clients dropped together do not all come back in the same millisecond.
 */
final class Backoff {

    private final long baseNanos;
    private final long capNanos;
    private final RandomGenerator random;

    Backoff(Duration base, Duration cap, RandomGenerator random) {
        this.baseNanos = base.toNanos();
        this.capNanos = Math.max(cap.toNanos(), baseNanos);
        this.random = random;
    }

    /** The ceiling of the delay before attempt {@code attempt} (1-based), without jitter. */
    long ceilingNanos(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 62);
        long ceiling = baseNanos;
        for (int i = 0; i < doublings && ceiling < capNanos; i++) {
            ceiling = ceiling > capNanos / 2 ? capNanos : ceiling * 2;
        }
        return Math.min(ceiling, capNanos);
    }

    Duration delay(int attempt) {
        long ceiling = ceilingNanos(attempt);
        long half = ceiling / 2;
        return Duration.ofNanos(half + random.nextLong(ceiling - half + 1));
    }
}
