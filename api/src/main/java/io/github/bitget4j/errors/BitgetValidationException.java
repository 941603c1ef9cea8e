package io.github.bitget4j.errors;

/** A request parameter is missing, null, undeclared or malformed. Thrown before any byte is sent. */
public class BitgetValidationException extends BitgetClientException {

    public BitgetValidationException(String message) {
        super(message);
    }
}
