package io.github.bitget4j.errors;

/**
 * What became of the request a failed call was about: the one thing to know before sending it again.
 * Every exception a call throws says which, through {@link BitgetException#requestFate()}.
 */
public enum RequestFate {
    /** The server answered: the answer (an error code, a refusal) is final for this request. */
    ANSWERED,
    /** Nothing of the request left this process: sending it again cannot place an order twice. */
    NOT_SENT,
    /**
     * The request may have been received and acted on, and no final answer came (a timeout after sending, a broken
     * connection, the client closed meanwhile, a 5xx to a POST): look it up (an order by its clientOid) before
     * sending it again.
     */
    MAY_HAVE_REACHED_SERVER
}
