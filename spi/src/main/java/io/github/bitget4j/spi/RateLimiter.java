package io.github.bitget4j.spi;

import java.time.Duration;

/**
 * Keeps requests inside Bitget's limits: every request takes one permit from its budget before it is sent.
 * Implementations are thread-safe, and wait by parking (a virtual thread waiting here holds no platform thread).
 * Created by a {@link RateLimiterProvider}; a client asks for a permit before each request it sends, re-sends
 * included.
 */
public interface RateLimiter extends AutoCloseable {

    /**
     * Takes one permit of the budget, waiting for it when the budget is spent, but only when that wait is at most
     * {@code maxWait}: when it would be longer, nothing is taken and nothing is waited for.
     *
     * @param key the budget: the limit and the API key or IP it is counted for
     * @param maxWait the longest acceptable wait; zero takes a permit only when one is free now
     * @return true when a permit was taken (the request may be sent now), false when the wait would exceed
     *         {@code maxWait}
     * @throws InterruptedException when the waiting thread is interrupted; the permit is then given up
     */
    boolean tryAcquire(RateLimitKey key, Duration maxWait) throws InterruptedException;

    /**
     * The request this thread took its last permit for was answered, or failed: Bitget has seen it by now at the
     * latest. A limiter may count the window from here (a request can reach Bitget well after its permit). Called on
     * the thread that called {@link #tryAcquire}, after each request sent. Default: nothing.
     *
     * @param key the budget the permit was taken from
     */
    default void answered(RateLimitKey key) {
    }

    /**
     * Bitget answered 429 on this budget: the budget is taken as spent, and no permit is handed out before
     * {@code pause} has passed (the {@code Retry-After} it sent, or the limit's window).
     *
     * @param key the budget Bitget refused on
     * @param pause how long to hand out no permit
     */
    void penalize(RateLimitKey key, Duration pause);

    /** Releases what the limiter holds (connections); a shared in-process limiter may do nothing. */
    @Override
    void close();
}
