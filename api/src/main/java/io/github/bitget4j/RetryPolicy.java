package io.github.bitget4j;

import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.BitgetServiceException;
import io.github.bitget4j.errors.BitgetThrottledException;
import io.github.bitget4j.errors.RequestFate;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;

/**
 * Which failed calls the client sends again by itself, and how long it waits first. Only what cannot act twice is
 * re-sent:
 * <ul>
 *   <li>a request that was not sent ({@link RequestFate#NOT_SENT}) and is {@link BitgetException#retryable()}
 *       (a refused connection), but not one the rate limiter already held back ({@link BitgetThrottledException});</li>
 *   <li>a 429 (Bitget refused it unexecuted), after the {@code Retry-After} it asked for;</li>
 *   <li>a GET that failed retryably (a timeout, a broken connection, a 5xx): reading twice does no harm.</li>
 * </ul>
 * Never a POST that may have reached the server: an order, a transfer or a withdrawal that may have been carried out
 * is left to the caller, who looks it up first ({@link BitgetException#requestFate()}). A 40008 (clock skew) is
 * re-sent once by the clock sync ({@code ClientOptions.clockSync}), not here. The delay doubles from
 * {@code baseDelay} up to {@code maxDelay}, each drawn at random between half of it and all of it (jitter). Each
 * retry is traced. Immutable.
 */
public final class RetryPolicy {

    private static final RetryPolicy NONE = new RetryPolicy(1, Duration.ofMillis(200), Duration.ofSeconds(5));

    private final int maxAttempts;
    private final Duration baseDelay;
    private final Duration maxDelay;

    private RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (baseDelay.isNegative() || baseDelay.isZero() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("need 0 < baseDelay <= maxDelay: " + baseDelay + ", " + maxDelay);
        }
        this.maxAttempts = maxAttempts;
        this.baseDelay = baseDelay;
        this.maxDelay = maxDelay;
    }

    /** {@return no automatic retries: every failure goes to the caller; the default} */
    public static RetryPolicy none() {
        return NONE;
    }

    /** {@return up to 3 attempts, the delay 200 ms doubling to at most 5 s} */
    public static RetryPolicy standard() {
        return new RetryPolicy(3, Duration.ofMillis(200), Duration.ofSeconds(5));
    }

    /**
     * A policy of your own.
     *
     * @param maxAttempts attempts in all, the first included (1 = no retry)
     * @param baseDelay the delay before the first retry, before jitter; positive
     * @param maxDelay the longest delay; at least {@code baseDelay}
     * @return the policy
     * @throws IllegalArgumentException when {@code maxAttempts < 1} or not {@code 0 < baseDelay <= maxDelay}
     */
    public static RetryPolicy of(int maxAttempts, Duration baseDelay, Duration maxDelay) {
        return new RetryPolicy(maxAttempts, baseDelay, maxDelay);
    }

    /** {@return attempts in all, the first included} */
    public int maxAttempts() {
        return maxAttempts;
    }

    /** {@return the delay before the first retry, before jitter} */
    public Duration baseDelay() {
        return baseDelay;
    }

    /** {@return the longest delay between attempts, before jitter} */
    public Duration maxDelay() {
        return maxDelay;
    }

    /**
     * Whether {@code failure} of a request with this HTTP method may be sent again (the rules above).
     *
     * @param failure what the attempt threw
     * @param method the request's HTTP method, {@code GET} or {@code POST}
     * @return true when sending it again cannot act twice
     */
    public static boolean safeToResend(BitgetException failure, String method) {
        if (failure instanceof BitgetThrottledException) {
            return false;
        }
        if (failure instanceof BitgetServiceException service && service.isRateLimited()) {
            return true;
        }
        if (!failure.retryable()) {
            return false;
        }
        return failure.requestFate() == RequestFate.NOT_SENT || "GET".equals(method);
    }

    /**
     * The wait before retry number {@code retry} (1 for the first): the backoff with jitter, but never less than what
     * the server asked for.
     *
     * @param retry the retry's number, 1 for the first
     * @param serverAsked the {@code Retry-After} the server named, or null
     * @return how long to wait
     */
    public Duration delayBefore(int retry, @Nullable Duration serverAsked) {
        long cap = Math.min(maxDelay.toNanos(), baseDelay.toNanos() << Math.min(retry - 1, 30));
        long jittered = cap / 2 + ThreadLocalRandom.current().nextLong(cap / 2 + 1);
        Duration backoff = Duration.ofNanos(jittered);
        return serverAsked != null && serverAsked.compareTo(backoff) > 0 ? serverAsked : backoff;
    }

    @Override
    public String toString() {
        return maxAttempts == 1 ? "RetryPolicy[none]"
                : "RetryPolicy[maxAttempts=" + maxAttempts + ", baseDelay=" + baseDelay + ", maxDelay=" + maxDelay + "]";
    }
}
