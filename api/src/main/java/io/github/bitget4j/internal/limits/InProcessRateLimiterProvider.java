package io.github.bitget4j.internal.limits;

import io.github.bitget4j.spi.RateLimiter;
import io.github.bitget4j.spi.RateLimiterProvider;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The default rate limiter: budgets in this process, shared by all its clients. Name {@code in-process}, priority 0. */
public final class InProcessRateLimiterProvider implements RateLimiterProvider {

    /** One store for the process: Bitget counts per account and per IP, not per client object. */
    private static final ConcurrentMap<String, WindowBudget> PROCESS_BUDGETS = new ConcurrentHashMap<>();

    @Override
    public String name() {
        return "in-process";
    }

    @Override
    public RateLimiter create(Map<String, String> properties) {
        return new InProcessRateLimiter(PROCESS_BUDGETS);
    }
}
