package io.github.bitget4j.errors;

/** A WebSocket message that is not the JSON Bitget sends; reported to the listener, the socket carries on. */
public class WsMalformedMessageException extends BitgetClientException {

    private final String text;

    /**
     * A message that could not be read.
     *
     * @param message what went wrong, for people
     * @param text the message as received
     * @param cause the parse failure
     */
    public WsMalformedMessageException(String message, String text, Throwable cause) {
        super(message, cause);
        this.text = text;
    }

    /** {@return the message as received} */
    public String text() {
        return text;
    }
}
