package io.github.bitget4j.errors;

/**
 * A consumer of a socket's updates fell so far behind that the oldest undelivered callbacks were dropped, to keep
 * memory bounded. Reported to {@code WsListener.onException} once delivery catches up. Maintained order books are
 * not affected (they are updated on receipt, not on delivery); a listener's own state built from updates is.
 */
public class WsUpdatesDroppedException extends BitgetClientException {

    private final long dropped;

    /**
     * Callbacks dropped because a listener or handler could not keep up.
     *
     * @param message what went wrong, for people
     * @param dropped how many were dropped since the last report
     */
    public WsUpdatesDroppedException(String message, long dropped) {
        super(message);
        this.dropped = dropped;
    }

    /** {@return how many callbacks (updates, responses, notices) were dropped since the last report} */
    public long dropped() {
        return dropped;
    }
}
