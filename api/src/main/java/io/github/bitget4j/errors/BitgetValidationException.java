package io.github.bitget4j.errors;

/** A request parameter is missing, null, undeclared or malformed. Thrown before any byte is sent. */
public class BitgetValidationException extends BitgetClientException {

    /**
     * A failure described by its message.
     *
     * @param message what went wrong, for people
     */
    public BitgetValidationException(String message) {
        super(message);
    }
}
