package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * A WebSocket API request was never written to the socket (no connection, login refused, client closed), so
 * the exchange cannot have acted on it: sending it again is safe.
 */
public class WsOrderNotSentException extends BitgetConnectionException {

    private final transient Object request;

    public WsOrderNotSentException(String message, Object request, @Nullable Throwable cause) {
        super(message, false, false, cause);
        this.request = request;
    }

    /** The request as the caller gave it. */
    public Object request() {
        return request;
    }
}
