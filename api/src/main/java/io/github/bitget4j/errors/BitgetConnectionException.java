package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * No response was received: the connection was refused, broke, or timed out. {@link #mayHaveReachedServer()}
 * tells whether the request may have been processed (then an order may be live: check before re-sending).
 */
public class BitgetConnectionException extends BitgetClientException {

    private final boolean timeout;
    private final boolean mayHaveReachedServer;

    public BitgetConnectionException(String message, boolean timeout, boolean mayHaveReachedServer,
            @Nullable Throwable cause) {
        super(message, cause);
        this.timeout = timeout;
        this.mayHaveReachedServer = mayHaveReachedServer;
    }

    public boolean isTimeout() {
        return timeout;
    }

    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    @Override
    public boolean retryable() {
        return true;
    }
}
