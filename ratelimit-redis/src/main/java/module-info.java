/**
 * A fleet-wide rate limiter for bitget4j: every process that uses one API key, on any number of machines, draws
 * from one budget per Bitget limit, kept in Redis through Bucket4j's Lettuce integration. Found with
 * {@link java.util.ServiceLoader} as the {@code "redis"} rate limiter; nothing is exported.
 */
module io.github.bitget4j.ratelimit.redis {
    requires io.github.bitget4j.spi;
    requires static org.jspecify;
    requires io.github.bucket4j.core;
    requires io.github.bucket4j.lettuce;
    requires lettuce.core;

    provides io.github.bitget4j.spi.RateLimiterProvider with io.github.bitget4j.ratelimit.redis.RedisRateLimiterProvider;
}
