package io.github.bitget4j.ratelimit.redis;

import io.github.bitget4j.spi.RateLimiter;
import io.github.bitget4j.spi.RateLimiterProvider;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The {@code "redis"} rate limiter, priority 10: chosen over the in-process one whenever it knows where Redis is,
 * from the client option {@code rateLimiterProperties} key {@value #URI} (e.g. {@code redis://10.0.0.5:6379}, or
 * {@code rediss://} with TLS and credentials as Lettuce reads them) or else the environment variable
 * {@value #URI_ENVIRONMENT_VARIABLE}. Further properties:
 * <ul>
 *   <li>{@value #KEY_PREFIX}: prefix of the Redis keys, default {@value #DEFAULT_KEY_PREFIX};</li>
 *   <li>{@value #MACHINE}: this machine's name in per-IP budgets (Bitget counts those per address, so machines do
 *       not share them), default the host name;</li>
 *   <li>{@value #MARGIN}: how much slower than Bitget's limit permits are spaced, default {@value #DEFAULT_MARGIN}
 *       (2%). Safety does not rest on it (a permit counts until one window after its request was answered, see
 *       {@link AnswerWindow}); it leaves room for answers that take up to margin × window, so that callers do not
 *       wait on that count as well. At most 1/(1+margin) of the limit is used.</li>
 * </ul>
 */
public final class RedisRateLimiterProvider implements RateLimiterProvider {

    /** The property naming the Redis server, e.g. {@code redis://host:6379}. */
    public static final String URI = "redis.uri";
    /** The environment variable read when {@link #URI} is not set. */
    public static final String URI_ENVIRONMENT_VARIABLE = "BITGET4J_REDIS_URI";
    /** The property setting the prefix of every Redis key this limiter writes. */
    public static final String KEY_PREFIX = "redis.keyPrefix";
    /** The default of {@link #KEY_PREFIX}. */
    public static final String DEFAULT_KEY_PREFIX = "bitget4j:rl:";
    /** The property naming this machine in per-IP budgets. */
    public static final String MACHINE = "redis.machine";
    /** The property stretching each budget's window, as a fraction. */
    public static final String MARGIN = "redis.margin";
    /** The default of {@link #MARGIN}: 2%. */
    public static final String DEFAULT_MARGIN = "0.02";

    /** Found by ServiceLoader; applications select it by the name {@code "redis"}. */
    public RedisRateLimiterProvider() {
    }

    @Override
    public String name() {
        return "redis";
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean supports(Map<String, String> properties) {
        return uri(properties) != null;
    }

    @Override
    public RateLimiter create(Map<String, String> properties) {
        String uri = uri(properties);
        if (uri == null) {
            throw new IllegalArgumentException("no Redis address: set rateLimiterProperties " + URI + " or "
                    + URI_ENVIRONMENT_VARIABLE);
        }
        double margin;
        try {
            margin = Double.parseDouble(properties.getOrDefault(MARGIN, DEFAULT_MARGIN));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(MARGIN + " is not a number: " + properties.get(MARGIN), e);
        }
        if (!(margin >= 0 && margin <= 1)) {
            throw new IllegalArgumentException(MARGIN + " must be between 0 and 1: " + margin);
        }
        return RedisRateLimiter.connect(uri, properties.getOrDefault(KEY_PREFIX, DEFAULT_KEY_PREFIX),
                properties.getOrDefault(MACHINE, RedisRateLimiter.hostName()), margin);
    }

    private static @Nullable String uri(Map<String, String> properties) {
        String uri = properties.get(URI);
        if (uri == null || uri.isBlank()) {
            uri = System.getenv(URI_ENVIRONMENT_VARIABLE);
        }
        return uri == null || uri.isBlank() ? null : uri.strip();
    }
}
