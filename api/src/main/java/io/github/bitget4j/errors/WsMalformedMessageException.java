package io.github.bitget4j.errors;

/** A WebSocket message that is not the JSON Bitget sends; reported to the listener, the socket carries on. */
public class WsMalformedMessageException extends BitgetClientException {

    private final String text;

    public WsMalformedMessageException(String message, String text, Throwable cause) {
        super(message, cause);
        this.text = text;
    }

    /** The message as received. */
    public String text() {
        return text;
    }
}
