package io.github.bitget4j.errors;

/**
 * The calling thread was interrupted while it waited for a response; its interrupt flag is set again.
 * The request may have reached the server.
 */
public class BitgetInterruptedException extends BitgetClientException {

    public BitgetInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
