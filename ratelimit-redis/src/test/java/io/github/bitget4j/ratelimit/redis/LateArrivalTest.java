package io.github.bitget4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A request that reaches Bitget late (here: 1.5 windows after its permit) must still count against the budget when
 * it arrives: a server counting on arrival, or on its answer, never sees more than N in one window.
 */
class LateArrivalTest {

    private static final Duration WINDOW = Duration.ofSeconds(1);
    private static final RateLimit TWO_A_SECOND = new RateLimit(2, WINDOW, RateLimit.Scope.UID, "late");
    static RedisServer redis;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (redis != null) {
            redis.close();
        }
    }

    @Test
    void aLateRequestKeepsItsPermitUntilAWindowAfterItsAnswer() throws Exception {
        var key = new RateLimitKey("uid-late-" + System.nanoTime(), TWO_A_SECOND);
        List<Long> arrivals = Collections.synchronizedList(new ArrayList<>());
        var slowOneHasItsPermit = new CountDownLatch(1);
        try (RateLimiter slowProcess = limiter("a"); RateLimiter fastProcess = limiter("b")) {
            Thread slow = Thread.ofVirtual().start(() -> {
                try {
                    assertThat(slowProcess.tryAcquire(key, Duration.ofSeconds(30))).isTrue();
                    slowOneHasItsPermit.countDown();
                    Thread.sleep(WINDOW.toMillis() * 3 / 2); // stuck on its way
                    arrivals.add(System.nanoTime()); // reaches the server, which answers at once
                    slowProcess.answered(key);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            assertThat(slowOneHasItsPermit.await(60, TimeUnit.SECONDS)).isTrue();
            for (int i = 0; i < 4; i++) { // each arrives as soon as it has its permit
                assertThat(fastProcess.tryAcquire(key, Duration.ofSeconds(30))).isTrue();
                arrivals.add(System.nanoTime());
                fastProcess.answered(key);
            }
            slow.join();
        }
        // spaced tokens alone let the 2nd and 3rd fast ones arrive within a window of the slow one (3 in ~0.5 s)
        assertThat(mostArrivalsWithinOneWindow(arrivals)).isLessThanOrEqualTo(2);
    }

    @Test
    void aPermitWhoseRequestIsStillOutIsNotHandedOutAgain() throws Exception {
        var key = new RateLimitKey("uid-out-" + System.nanoTime(), TWO_A_SECOND);
        try (RateLimiter first = limiter("a"); RateLimiter second = limiter("b")) {
            assertThat(first.tryAcquire(key, Duration.ofSeconds(30))).isTrue();
            assertThat(second.tryAcquire(key, Duration.ofSeconds(30))).isTrue();
            // two requests out, never answered: however long we wait, a third is not sent
            assertThat(first.tryAcquire(key, WINDOW.multipliedBy(3))).isFalse();
        }
    }

    /** The most arrivals found in any span shorter than a window (10 ms less, for the two clocks involved). */
    private static int mostArrivalsWithinOneWindow(List<Long> arrivals) {
        List<Long> sorted = new ArrayList<>(arrivals);
        Collections.sort(sorted);
        long span = WINDOW.toNanos() - 10_000_000;
        int most = 0;
        for (int i = 0; i < sorted.size(); i++) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) - sorted.get(i) < span) {
                j++;
            }
            most = Math.max(most, j - i + 1);
        }
        return most;
    }

    private static RateLimiter limiter(String machine) {
        return new RedisRateLimiterProvider().create(Map.of(RedisRateLimiterProvider.URI, redis.uri(),
                RedisRateLimiterProvider.MACHINE, machine));
    }
}
