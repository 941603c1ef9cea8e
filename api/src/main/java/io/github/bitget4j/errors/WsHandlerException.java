package io.github.bitget4j.errors;

/**
 * A subscription handler or a listener threw while handling a push. Reported to every listener's
 * {@code onException} and logged at WARNING (once per burst per topic); the socket and the other handlers carry on.
 * {@link #getCause()} is what the handler threw.
 */
public class WsHandlerException extends BitgetClientException {

    private final String topic;

    /**
     * A handler or listener that threw.
     *
     * @param topic the topic whose push was being handled, or the socket for other events
     * @param what which callback threw, for the message
     * @param cause what it threw
     */
    public WsHandlerException(String topic, String what, Throwable cause) {
        super(what + " of " + topic + " threw " + cause, cause);
        this.topic = topic;
    }

    /** {@return the topic whose push was being handled ({@code instType|channel|target}), or the socket for other events} */
    public String topic() {
        return topic;
    }
}
