package io.github.bitget4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Limiters on one Redis share their budgets, as processes on many machines do. */
class RedisRateLimiterTest {

    private static final RateLimit TWO_A_MINUTE = new RateLimit(2, Duration.ofMinutes(1), RateLimit.Scope.UID, "g");
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

    private static RateLimiter limiter(String machine) {
        return new RedisRateLimiterProvider().create(Map.of(RedisRateLimiterProvider.URI, redis.uri(),
                RedisRateLimiterProvider.MACHINE, machine));
    }

    private static String owner() {
        return "uid-test-" + System.nanoTime();
    }

    @Test
    void twoLimitersOnOneKeyShareOneBudget() throws Exception {
        var key = new RateLimitKey(owner(), TWO_A_MINUTE);
        try (RateLimiter first = limiter("a"); RateLimiter second = limiter("b")) {
            assertThat(first.tryAcquire(key, Duration.ZERO)).isTrue();
            assertThat(second.tryAcquire(key, Duration.ZERO)).as("the budget's next permit is ~30 s away").isFalse();
            assertThat(first.tryAcquire(key, Duration.ZERO)).isFalse();
            assertThat(second.tryAcquire(new RateLimitKey(owner(), TWO_A_MINUTE), Duration.ZERO))
                    .as("another account has its own budget").isTrue();
        }
    }

    @Test
    void aCallerWaitsForItsPermitWhenTheWaitIsAllowed() throws Exception {
        var tenASecond = new RateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID, "g");
        var key = new RateLimitKey(owner(), tenASecond);
        try (RateLimiter first = limiter("a"); RateLimiter second = limiter("b")) {
            int taken = 0;
            for (int i = 0; i < 6; i++) {
                taken += (i % 2 == 0 ? first : second).tryAcquire(key, Duration.ofSeconds(30)) ? 1 : 0;
            }
            assertThat(taken).isEqualTo(6);
        }
    }

    @Test
    void perIpBudgetsArePerMachineAndPerUidOnesAreNot() throws Exception {
        var perIp = new RateLimit(1, Duration.ofMinutes(1), RateLimit.Scope.IP, "g");
        String host = "ip@https://api.example-" + System.nanoTime();
        try (RateLimiter a = limiter("machine-a"); RateLimiter alsoA = limiter("machine-a"); RateLimiter b = limiter("machine-b")) {
            assertThat(a.tryAcquire(new RateLimitKey(host, perIp), Duration.ZERO)).isTrue();
            assertThat(alsoA.tryAcquire(new RateLimitKey(host, perIp), Duration.ZERO)).isFalse();
            assertThat(b.tryAcquire(new RateLimitKey(host, perIp), Duration.ZERO)).isTrue();
        }
    }

    @Test
    void aPenaltyPausesTheBudgetForEveryLimiter() throws Exception {
        var hundredAMinute = new RateLimit(100, Duration.ofMinutes(1), RateLimit.Scope.UID, "g");
        var key = new RateLimitKey(owner(), hundredAMinute);
        try (RateLimiter first = limiter("a"); RateLimiter second = limiter("b")) {
            first.penalize(key, Duration.ofSeconds(20));
            assertThat(second.tryAcquire(key, Duration.ofSeconds(1))).isFalse();
            assertThat(first.tryAcquire(key, Duration.ofSeconds(1))).isFalse();
        }
    }

    @Test
    void theProviderNeedsAnAddressAndRefusesABadMargin() {
        var provider = new RedisRateLimiterProvider();
        assertThat(provider.supports(Map.of())).isEqualTo(System.getenv(RedisRateLimiterProvider.URI_ENVIRONMENT_VARIABLE) != null);
        assertThat(provider.supports(Map.of(RedisRateLimiterProvider.URI, redis.uri()))).isTrue();
        assertThatThrownBy(() -> provider.create(Map.of(RedisRateLimiterProvider.URI, redis.uri(),
                RedisRateLimiterProvider.MARGIN, "lots"))).hasMessageContaining("redis.margin");
    }
}
