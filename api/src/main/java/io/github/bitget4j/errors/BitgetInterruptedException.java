package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * The calling thread was interrupted; its interrupt flag is set again. {@link #mayHaveReachedServer()} says whether
 * the request had started to go out (then it may have been processed) or had not left this process.
 */
public class BitgetInterruptedException extends BitgetConnectionException {

    /**
     * An interrupt whose request may have reached the server.
     *
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     */
    public BitgetInterruptedException(String message, @Nullable Throwable cause) {
        this(message, true, cause);
    }

    /**
     * An interrupt that knows whether its request may have reached the server.
     *
     * @param message what went wrong, for people
     * @param mayHaveReachedServer false when the thread was interrupted before anything was sent
     * @param cause the underlying failure, or null
     */
    public BitgetInterruptedException(String message, boolean mayHaveReachedServer, @Nullable Throwable cause) {
        super(message, false, mayHaveReachedServer, false, cause);
    }
}
