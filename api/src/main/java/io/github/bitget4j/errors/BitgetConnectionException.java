package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * No response was received: the connection was refused, broke, or timed out, or the client was closed or the
 * thread interrupted meanwhile. {@link #mayHaveReachedServer()} tells whether the request may have been processed
 * (then an order may be live: check before re-sending).
 */
public class BitgetConnectionException extends BitgetClientException {

    private final boolean timeout;
    private final boolean mayHaveReachedServer;
    private final boolean retryable;

    /**
     * Retryable only when the request cannot have reached the server.
     *
     * @param message what went wrong, for people
     * @param timeout whether the failure was a timeout
     * @param mayHaveReachedServer whether any of the request may have reached the server
     * @param cause the underlying failure, or null
     */
    public BitgetConnectionException(String message, boolean timeout, boolean mayHaveReachedServer,
            @Nullable Throwable cause) {
        this(message, timeout, mayHaveReachedServer, !mayHaveReachedServer, cause);
    }

    /**
     * A failure whose retryability the caller decides.
     *
     * @param message what went wrong, for people
     * @param timeout whether the failure was a timeout
     * @param mayHaveReachedServer whether any of the request may have reached the server
     * @param retryable whether sending again is safe: true when nothing reached the server, or the request is
     *                  idempotent (a GET); false for an order that may have been placed
     * @param cause the underlying failure, or null
     */
    public BitgetConnectionException(String message, boolean timeout, boolean mayHaveReachedServer, boolean retryable,
            @Nullable Throwable cause) {
        super(message, cause, mayHaveReachedServer ? RequestFate.MAY_HAVE_REACHED_SERVER : RequestFate.NOT_SENT);
        this.timeout = timeout;
        this.mayHaveReachedServer = mayHaveReachedServer;
        this.retryable = retryable;
    }

    /** {@return whether the failure was a timeout (connect, request or reply)} */
    public boolean isTimeout() {
        return timeout;
    }

    /** {@return false when nothing of the request left this process; the same as {@code requestFate() != NOT_SENT}} */
    public boolean mayHaveReachedServer() {
        return mayHaveReachedServer;
    }

    /**
     * True when sending the same request again cannot do harm: it never reached the server, or it is a GET.
     * False for a POST (an order, a transfer) that may have been processed: look it up first (by clientOid).
     */
    @Override
    public boolean retryable() {
        return retryable;
    }
}
