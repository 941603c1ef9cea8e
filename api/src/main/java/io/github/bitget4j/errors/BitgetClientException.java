package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * Something went wrong on this side: invalid input or configuration, missing credentials, no connection. Unless a
 * subclass says otherwise, nothing was sent ({@link RequestFate#NOT_SENT}).
 */
public class BitgetClientException extends BitgetException {

    private final RequestFate fate;

    /**
     * A failure of a request that was not sent ({@link RequestFate#NOT_SENT}).
     *
     * @param message what went wrong, for people
     */
    public BitgetClientException(String message) {
        this(message, null, RequestFate.NOT_SENT);
    }

    /**
     * A failure, with its cause, of a request that was not sent ({@link RequestFate#NOT_SENT}).
     *
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     */
    public BitgetClientException(String message, @Nullable Throwable cause) {
        this(message, cause, RequestFate.NOT_SENT);
    }

    /**
     * A failure whose request met the given fate.
     *
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     * @param fate what became of the request, e.g. {@link RequestFate#ANSWERED} for an answer that could not be decoded
     */
    public BitgetClientException(String message, @Nullable Throwable cause, RequestFate fate) {
        super(message, cause);
        this.fate = fate;
    }

    @Override
    public boolean retryable() {
        return false;
    }

    @Override
    public RequestFate requestFate() {
        return fate;
    }
}
