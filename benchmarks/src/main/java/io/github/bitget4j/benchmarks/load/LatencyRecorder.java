package io.github.bitget4j.benchmarks.load;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Latencies in nanoseconds, in one array allocated once for the whole run (so recording allocates nothing);
 * percentiles by sorting. Samples beyond the capacity are counted by the caller but not kept.
 */
final class LatencyRecorder {

    private final long[] nanos;
    private final AtomicInteger size = new AtomicInteger();

    LatencyRecorder(int capacity) {
        this.nanos = new long[capacity];
    }

    void reset() {
        size.set(0);
    }

    void record(long latencyNanos) {
        int index = size.getAndIncrement();
        if (index < nanos.length) {
            nanos[index] = latencyNanos;
        }
    }

    /** Sorts what was recorded; call once the callers are done. */
    Percentiles percentiles() {
        int n = Math.min(size.get(), nanos.length);
        Arrays.sort(nanos, 0, n);
        return new Percentiles(at(n, 0.50), at(n, 0.90), at(n, 0.99));
    }

    /** Nearest rank: the smallest sample with at least that share of samples at or below it. */
    private double at(int n, double quantile) {
        if (n == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(quantile * n);
        return nanos[Math.max(0, rank - 1)] / 1e6;
    }

    record Percentiles(double p50Millis, double p90Millis, double p99Millis) {
    }
}
