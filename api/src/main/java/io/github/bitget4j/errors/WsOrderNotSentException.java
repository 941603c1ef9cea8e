package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * A WebSocket API request was never written to the socket (no connection, login refused, client closed), so
 * the exchange cannot have acted on it: sending it again is safe.
 */
public class WsOrderNotSentException extends BitgetConnectionException {

    private final transient Object request;

    /**
     * An order request that was never written to the socket: safe to send again.
     *
     * @param message what went wrong, for people
     * @param request the request as the caller gave it
     * @param cause the underlying failure, or null
     */
    public WsOrderNotSentException(String message, Object request, @Nullable Throwable cause) {
        super(message, false, false, cause);
        this.request = request;
    }

    /** {@return the request as the caller gave it} */
    public Object request() {
        return request;
    }
}
