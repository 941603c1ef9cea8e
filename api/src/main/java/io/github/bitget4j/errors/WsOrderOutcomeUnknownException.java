package io.github.bitget4j.errors;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A WebSocket API request was written, but no reply came: the socket dropped or the timeout passed. The
 * exchange may have acted on it (an order may be live): look it up by {@link #clientOid()} before sending it again.
 */
public class WsOrderOutcomeUnknownException extends BitgetConnectionException {

    private final transient Object request;
    private final List<String> clientOids;

    /**
     * An order request written to the socket without a reply.
     *
     * @param message what went wrong, for people
     * @param timeout true when the reply did not come in time, false when the socket dropped
     * @param request the request as the caller gave it
     * @param clientOids the clientOid of every order of the request, in order
     * @param cause the underlying failure, or null
     */
    public WsOrderOutcomeUnknownException(String message, boolean timeout, Object request, List<String> clientOids,
            @Nullable Throwable cause) {
        super(message, timeout, true, cause);
        this.request = request;
        this.clientOids = List.copyOf(clientOids);
    }

    /** {@return the request as the caller gave it} */
    public Object request() {
        return request;
    }

    /** {@return the clientOid of the order concerned (the first one for a batch), or null when the request names none} */
    public @Nullable String clientOid() {
        return clientOids.isEmpty() ? null : clientOids.get(0);
    }

    /** {@return the clientOid of every order of the request, in order (assigned by the client when the caller gave none)} */
    public List<String> clientOids() {
        return clientOids;
    }

    /** Sending it again blindly may place the order twice: check first. */
    @Override
    public boolean retryable() {
        return false;
    }
}
