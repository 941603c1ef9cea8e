package io.github.bitget4j.internal;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetInterruptedException;
import io.github.bitget4j.errors.BitgetThrottledException;
import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import io.github.bitget4j.spi.RateLimiterProvider;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.jspecify.annotations.Nullable;

/**
 * Where a request waits for a permit of its endpoint's budget before it is sent, and where a 429 is reported back.
 * Budgets are per (owner, group): the owner is the account (a digest of host and API key) for UID limits, the
 * host for IP limits (a shared limiter adds the machine).
 */
final class RateLimitGate implements AutoCloseable {

    static final String SYSTEM_PROPERTY = "bitget4j.rateLimiter";
    static final String ENVIRONMENT_VARIABLE = "BITGET4J_RATE_LIMITER";

    private final @Nullable RateLimiter limiter;
    private final Duration maxWait;
    private final String ipOwner;
    private final @Nullable String uidOwner;

    private static final System.Logger LOG = System.getLogger("io.github.bitget4j.ratelimit");

    RateLimitGate(@Nullable RateLimiter limiter, ClientOptions options) {
        this.limiter = limiter;
        this.maxWait = options.rateLimitMaxWait();
        this.ipOwner = "ip@" + options.baseUrl();
        this.uidOwner = options.apiKey() == null ? null : "uid-" + digest(options.baseUrl() + "\n" + options.apiKey());
    }

    /** The limiter the options ask for, or a gate that lets everything through when rate limiting is off. */
    static RateLimitGate create(ClientOptions options) {
        if (!options.rateLimiting()) {
            return new RateLimitGate(null, options);
        }
        var properties = options.rateLimiterProperties();
        RateLimiterProvider provider = ProviderResolver.load(RateLimiterProvider.class, SYSTEM_PROPERTY, ENVIRONMENT_VARIABLE)
                .resolve(options.rateLimiterProvider(), p -> p.supports(properties),
                        p -> "does not support the rateLimiterProperties given (" + properties.keySet() + ")");
        try {
            return new RateLimitGate(provider.create(properties), options);
        } catch (RuntimeException e) {
            throw new BitgetConfigurationException("The \"" + provider.name() + "\" rate limiter could not be created: "
                    + e.getMessage(), e);
        }
    }

    boolean enabled() {
        return limiter != null;
    }

    /**
     * Waits for a permit, at most {@code rateLimitMaxWait}.
     *
     * @throws BitgetThrottledException    when the wait would be longer (nothing sent)
     * @throws BitgetInterruptedException when interrupted while waiting (nothing sent)
     */
    void acquire(Endpoint<?> endpoint, boolean signed) {
        if (limiter == null) {
            return;
        }
        RateLimitKey key = key(endpoint, signed);
        boolean taken;
        try {
            taken = limiter.tryAcquire(key, maxWait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitgetInterruptedException("interrupted while waiting for a rate limit permit for " + endpoint
                    + " (not sent)", false, e);
        } catch (RuntimeException e) {
            // a limiter that fails (a shared one whose Redis is down) stops the request before any byte is sent
            throw new BitgetConnectionException("not sent: the rate limiter failed while " + endpoint
                    + " waited for a permit: " + e, false, false, e);
        }
        if (!taken) {
            throw new BitgetThrottledException("not sent: " + endpoint + " would wait longer than rateLimitMaxWait ("
                    + maxWait + ") for Bitget's limit of " + key.limit(), maxWait);
        }
    }

    /** The request that took the last permit on this thread was answered, or failed. */
    void answered(Endpoint<?> endpoint, boolean signed) {
        if (limiter == null) {
            return;
        }
        try {
            limiter.answered(key(endpoint, signed));
        } catch (RuntimeException e) {
            // the request's fate is known by now: a limiter's failure must not hide it from the caller
            LOG.log(System.Logger.Level.WARNING, "rate limiter failed to record the answer of " + endpoint, e);
        }
    }

    /** Bitget answered 429: nothing more on this budget for {@code retryAfter}, or a whole window when it named none. */
    void rateLimited(Endpoint<?> endpoint, boolean signed, @Nullable Duration retryAfter) {
        if (limiter == null) {
            return;
        }
        RateLimitKey key = key(endpoint, signed);
        try {
            limiter.penalize(key, retryAfter != null && !retryAfter.isZero() ? retryAfter : key.limit().window());
        } catch (RuntimeException e) {
            // the caller gets Bitget's 429 either way; the limiter only misses this pause
            LOG.log(System.Logger.Level.WARNING, "rate limiter failed to pause the budget of " + endpoint, e);
        }
    }

    private RateLimitKey key(Endpoint<?> endpoint, boolean signed) {
        RateLimit limit = endpoint.effectiveRateLimit();
        boolean perAccount = limit.scope() == RateLimit.Scope.UID && signed && uidOwner != null;
        return new RateLimitKey(perAccount ? uidOwner : ipOwner, limit);
    }

    /** A one-way digest: budgets are named by it in shared stores, which never see the key. */
    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public void close() {
        if (limiter != null) {
            limiter.close();
        }
    }
}
