package io.github.bitget4j.ratelimit.redis;

import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BlockingStrategy;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.github.bucket4j.redis.lettuce.cas.LettuceBasedProxyManager;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Budgets kept in Redis, so that any number of processes on any number of machines share them. A permit is two
 * checks. First a Bucket4j token bucket (compare-and-swap on Redis) of one token refilled every W(1+margin)/N for a
 * budget of N per window W: callers are queued and go out evenly spaced; one over budget reserves its token and parks
 * until it is due ({@link BlockingStrategy#PARKING}: a virtual thread holds no platform thread). Then the
 * {@link AnswerWindow}: a permit counts until one window after its request was answered, as in the in-process limiter,
 * so that Bitget never sees more than N in a window even when requests reach it late. The margin only keeps that
 * second check from making callers wait in the usual case (answers within margin × W).
 * A caller whose wait would pass its bound takes no permit (a token it reserved is then lost: the budget only gets
 * slower, never faster).
 */
final class RedisRateLimiter implements RateLimiter {

    private final RedisClient client;
    private final StatefulRedisConnection<String, byte[]> connection;
    private final LettuceBasedProxyManager<String> buckets;
    private final String keyPrefix;
    private final String machine;
    private final double margin;
    private final ConcurrentMap<String, BucketProxy> proxies = new ConcurrentHashMap<>();
    private final AnswerWindow answers;
    /** Names this limiter's permits in the answer windows, unique across the fleet. */
    private final String instance = Long.toHexString(new java.security.SecureRandom().nextLong());
    private final AtomicLong permitSequence = new AtomicLong();
    /** The permit each thread holds per budget (Redis key) until its request is answered. */
    private final ThreadLocal<Map<String, String>> held = ThreadLocal.withInitial(HashMap::new);

    private RedisRateLimiter(RedisClient client, StatefulRedisConnection<String, byte[]> connection, String keyPrefix,
            String machine, double margin) {
        this.client = client;
        this.connection = connection;
        this.keyPrefix = keyPrefix;
        this.machine = machine;
        this.margin = margin;
        this.buckets = Bucket4jLettuce.casBasedBuilder(connection)
                // a budget nobody used for a while is deleted by Redis once it would be full again anyway
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(10)))
                .build();
        this.answers = new AnswerWindow(connection);
    }

    /** Connects now, so that a wrong address fails when the client is built, not on its first call. */
    static RedisRateLimiter connect(String uri, String keyPrefix, String machine, double margin) {
        RedisClient client = RedisClient.create(uri);
        try {
            return new RedisRateLimiter(client, client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE)),
                    keyPrefix, machine, margin);
        } catch (RuntimeException e) {
            client.shutdown();
            throw e;
        }
    }

    static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }

    @Override
    public boolean tryAcquire(RateLimitKey key, Duration maxWait) throws InterruptedException {
        long deadline = System.nanoTime() + maxWait.toNanos();
        BucketProxy bucket = bucket(key);
        boolean spaced = maxWait.isZero() // Bucket4j's blocking API wants a positive wait
                ? bucket.tryConsume(1)
                : bucket.asBlocking().tryConsume(1, maxWait, BlockingStrategy.PARKING);
        if (!spaced) {
            return false;
        }
        String redisKey = redisKey(key);
        String permit = instance + ":" + permitSequence.incrementAndGet();
        if (!answers.take(redisKey + ":answers", permit, key.limit().permits(), key.limit().window(), deadline)) {
            return false;
        }
        held.get().put(redisKey, permit);
        return true;
    }

    @Override
    public void answered(RateLimitKey key) {
        String redisKey = redisKey(key);
        String permit = held.get().remove(redisKey);
        if (permit == null) {
            return;
        }
        try {
            answers.answered(redisKey + ":answers", permit, key.limit().window());
        } catch (RuntimeException e) {
            // Redis unreachable: the permit stays counted as out, and stops counting after AnswerWindow.STALE_SECONDS
        }
    }

    @Override
    public void penalize(RateLimitKey key, Duration pause) {
        BucketProxy bucket = bucket(key);
        long tokens = Math.max(1, (long) Math.ceil((double) pause.toNanos() / tokenPeriod(key.limit()).toNanos()));
        // what is left (nothing when callers already reserved ahead), then a debt that takes the pause to pay back
        bucket.consumeIgnoringRateLimits(Math.max(0, bucket.getAvailableTokens()) + tokens);
    }

    /** {@code prefix + owner[/machine] + ":" + group}: per-IP budgets are per machine, per-UID ones fleet-wide. */
    String redisKey(RateLimitKey key) {
        String owner = key.limit().scope() == RateLimit.Scope.IP ? key.owner() + "/" + machine : key.owner();
        return keyPrefix + owner + ":" + key.limit().group();
    }

    private BucketProxy bucket(RateLimitKey key) {
        String redisKey = redisKey(key);
        return proxies.computeIfAbsent(redisKey, k -> {
            Duration period = tokenPeriod(key.limit());
            BucketConfiguration configuration = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(1).refillGreedy(1, period).build())
                    .build();
            // batching: the callers of this process that ask at the same moment share one compare-and-swap, instead of
            // thousands of them retrying theirs against each other (quadratic in the number of callers)
            return buckets.builder().withOptimization(Optimizations.batching()).build(k, () -> configuration);
        });
    }

    private Duration tokenPeriod(RateLimit limit) {
        return Duration.ofNanos((long) (limit.window().toNanos() * (1 + margin) / limit.permits()));
    }

    @Override
    public void close() {
        try {
            connection.close();
        } finally {
            client.shutdown(Duration.ZERO, Duration.ofSeconds(2));
        }
    }

    @Override
    public String toString() {
        return "RedisRateLimiter[" + keyPrefix + ", machine " + machine + "]";
    }
}
