package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/** Root of every exception the SDK throws. Unchecked. */
public abstract class BitgetException extends RuntimeException {

    protected BitgetException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    /** Whether sending the same request again may succeed (rate limit, 5xx, a connection that broke). */
    public abstract boolean retryable();
}
