package io.github.bitget4j.testkit;

import io.github.bitget4j.testkit.internal.FaultPlan;
import java.time.Duration;

/**
 * Faults the server injects, by exact request path (e.g. {@code /api/v2/spot/trade/place-order}) or
 * for every path with {@link #ANY_PATH}. Each method returns this object, so calls chain:
 * <pre>{@code server.faults().rateLimit(PLACE_ORDER, 2).latency(Faults.ANY_PATH, Duration.ofMillis(50));}</pre>
 * A fault applies before routing and signature checks, like a proxy or rate limiter in front of Bitget.
 * When several faults match a request, the one set first is used; latency adds to any of them.
 */
public final class Faults {

    /** Matches every path. */
    public static final String ANY_PATH = FaultPlan.ANY_PATH;
    /** As {@code times}: keep answering with the fault until {@link #clear()}. */
    public static final int UNTIL_CLEARED = FaultPlan.UNTIL_CLEARED;

    private final FaultPlan plan;

    Faults(FaultPlan plan) {
        this.plan = plan;
    }

    /**
     * Delays every answer on the path by {@code delay}, until cleared; {@link Duration#ZERO} removes it.
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param delay the delay
     * @return these faults, for chaining
     */
    public Faults latency(String path, Duration delay) {
        plan.latency(path, delay);
        return this;
    }

    /**
     * The next {@code times} requests get HTTP 429 with {@code {"code":"429","msg":"Too Many Requests",...}} and no
     * {@code Retry-After} (Bitget documents none).
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param times how many requests, or {@link #UNTIL_CLEARED}
     * @return these faults, for chaining
     */
    public Faults rateLimit(String path, int times) {
        plan.add(path, FaultPlan.Kind.RATE_LIMIT, times);
        return this;
    }

    /**
     * As {@link #rateLimit(String, int)}, with a {@code Retry-After} header: {@code retryAfter} in whole seconds.
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param times how many requests, or {@link #UNTIL_CLEARED}
     * @param retryAfter the delay the header announces, sent in whole seconds
     * @return these faults, for chaining
     */
    public Faults rateLimit(String path, int times, Duration retryAfter) {
        plan.add(path, new FaultPlan.Fault(FaultPlan.Kind.RATE_LIMIT, retryAfter), times);
        return this;
    }

    /**
     * The next {@code times} requests get HTTP 502 with an HTML page, as from a proxy or CDN.
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param times how many requests, or {@link #UNTIL_CLEARED}
     * @return these faults, for chaining
     */
    public Faults html502(String path, int times) {
        plan.add(path, FaultPlan.Kind.HTML_502, times);
        return this;
    }

    /**
     * The next {@code times} requests are carried out (an order is placed), then answered with HTTP 504 and an HTML
     * page, as from a gateway that gave up waiting for Bitget's answer.
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param times how many requests, or {@link #UNTIL_CLEARED}
     * @return these faults, for chaining
     */
    public Faults executedThen504(String path, int times) {
        plan.add(path, FaultPlan.Kind.EXECUTED_504, times);
        return this;
    }

    /**
     * The next {@code times} requests get HTTP 503 with an empty body.
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param times how many requests, or {@link #UNTIL_CLEARED}
     * @return these faults, for chaining
     */
    public Faults empty503(String path, int times) {
        plan.add(path, FaultPlan.Kind.EMPTY_503, times);
        return this;
    }

    /**
     * The next {@code times} requests get no answer: the server closes the connection.
     *
     * @param path the request path, e.g. {@code /api/v2/spot/trade/place-order}, or {@link #ANY_PATH}
     * @param times how many requests, or {@link #UNTIL_CLEARED}
     * @return these faults, for chaining
     */
    public Faults dropConnection(String path, int times) {
        plan.add(path, FaultPlan.Kind.DROP_CONNECTION, times);
        return this;
    }

    /**
     * Removes every fault and path latency (the server-wide latency stays).
     *
     * @return these faults, for chaining
     */
    public Faults clear() {
        plan.clear();
        return this;
    }
}
