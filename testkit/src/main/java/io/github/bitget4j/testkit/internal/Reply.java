package io.github.bitget4j.testkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the server answers to one request.
 *
 * @param code       the Bitget code in the body, null when the body is not a Bitget envelope
 * @param retryAfter the {@code Retry-After} header in whole seconds, null for none
 */
record Reply(int status, String contentType, byte[] body, @Nullable String code, @Nullable Long retryAfter) {

    static final String JSON = "application/json";

    Reply(int status, String contentType, byte[] body, @Nullable String code) {
        this(status, contentType, body, code, null);
    }

    static Reply json(int status, byte[] body, String code) {
        return new Reply(status, JSON, body, code);
    }

    /** Bitget's 429, with a {@code Retry-After} of the wait rounded up to whole seconds (at least 1) unless null. */
    static Reply tooManyRequests(long nowMillis, java.time.@Nullable Duration retryAfter) {
        Long seconds = retryAfter == null ? null : Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new Reply(429, JSON, Json.error("429", "Too Many Requests", nowMillis), "429", seconds);
    }
}
