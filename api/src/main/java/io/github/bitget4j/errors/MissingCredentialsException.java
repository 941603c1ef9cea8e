package io.github.bitget4j.errors;

/** A private endpoint was called without a complete set of credentials; nothing was sent. */
public class MissingCredentialsException extends BitgetConfigurationException {

    /**
     * A failure described by its message.
     *
     * @param message what went wrong, for people
     */
    public MissingCredentialsException(String message) {
        super(message);
    }
}
