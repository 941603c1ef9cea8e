package io.github.bitget4j.testkit.internal;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Faults to inject, per exact path or for every path ({@link #ANY_PATH}). Latency stays until cleared;
 * the other faults answer the next N matching requests (or all of them until cleared), first set, first used.
 */
public final class FaultPlan {

    public static final String ANY_PATH = "*";
    public static final int UNTIL_CLEARED = Integer.MAX_VALUE;

    public enum Kind { RATE_LIMIT, HTML_502, EMPTY_503, DROP_CONNECTION, EXECUTED_504 }

    /** A fault to answer with; {@code retryAfter} only for {@link Kind#RATE_LIMIT}, null for no such header. */
    public record Fault(Kind kind, @Nullable Duration retryAfter) {
    }

    private record Rule(String path, Fault fault, AtomicInteger remaining) {

        boolean tryUse(String requestPath) {
            if (!path.equals(ANY_PATH) && !path.equals(requestPath)) {
                return false;
            }
            while (true) {
                int left = remaining.get();
                if (left <= 0) {
                    return false;
                }
                if (left == UNTIL_CLEARED || remaining.compareAndSet(left, left - 1)) {
                    return true;
                }
            }
        }
    }

    private final Map<String, Duration> latencies = new ConcurrentHashMap<>();
    private final List<Rule> rules = new CopyOnWriteArrayList<>();

    public void latency(String path, Duration delay) {
        if (delay.isNegative() || delay.isZero()) {
            latencies.remove(path);
        } else {
            latencies.put(path, delay);
        }
    }

    public void add(String path, Kind kind, int times) {
        add(path, new Fault(kind, null), times);
    }

    public void add(String path, Fault fault, int times) {
        if (times <= 0) {
            throw new IllegalArgumentException("times must be positive, was " + times);
        }
        rules.add(new Rule(path, fault, new AtomicInteger(times)));
    }

    public void clear() {
        latencies.clear();
        rules.clear();
    }

    /** Extra delay for this path: its own latency plus the any-path latency. */
    Duration latencyFor(String path) {
        if (latencies.isEmpty()) {
            return Duration.ZERO;
        }
        return latencies.getOrDefault(path, Duration.ZERO).plus(latencies.getOrDefault(ANY_PATH, Duration.ZERO));
    }

    /** Uses up one matching fault, or returns null when none applies. */
    @Nullable Fault take(String path) {
        for (Rule rule : rules) {
            if (rule.tryUse(path)) {
                return rule.fault();
            }
        }
        return null;
    }
}
