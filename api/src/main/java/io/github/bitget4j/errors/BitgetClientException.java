package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/** Something went wrong on this side: invalid input or configuration, missing credentials, no connection. */
public class BitgetClientException extends BitgetException {

    public BitgetClientException(String message) {
        super(message, null);
    }

    public BitgetClientException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean retryable() {
        return false;
    }
}
