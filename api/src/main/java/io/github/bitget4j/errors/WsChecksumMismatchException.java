package io.github.bitget4j.errors;

/**
 * A local order book no longer matches Bitget's: the checksum of an update differs from the book's. Reported to
 * the listener; the book is emptied and the topic resubscribed for a fresh snapshot.
 */
public class WsChecksumMismatchException extends BitgetClientException {

    /**
     * A failure described by its message.
     *
     * @param message what went wrong, for people
     */
    public WsChecksumMismatchException(String message) {
        super(message);
    }
}
