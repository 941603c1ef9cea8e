package io.github.bitget4j.errors;

import java.time.Duration;

/**
 * Not sent: the client's rate limiter would have had this call wait longer than {@code rateLimitMaxWait} for a permit
 * of Bitget's limit, so it gave up before sending anything ({@link RequestFate#NOT_SENT}). Sending it later is safe;
 * {@link #retryable()} is true.
 */
public class BitgetThrottledException extends BitgetClientException {

    private final Duration maxWait;

    /**
     * A call refused by the client's rate limiter before sending.
     *
     * @param message what went wrong, for people
     * @param maxWait the longest wait the call was allowed
     */
    public BitgetThrottledException(String message, Duration maxWait) {
        super(message, null, RequestFate.NOT_SENT);
        this.maxWait = maxWait;
    }

    /** {@return the longest wait the call was allowed ({@code rateLimitMaxWait})} */
    public Duration maxWait() {
        return maxWait;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
