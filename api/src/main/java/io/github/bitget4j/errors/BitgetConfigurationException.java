package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * The client cannot be built or cannot sign as configured: a malformed key, no usable plugin, a missing
 * credential for a private call. Thrown before any byte is sent.
 */
public class BitgetConfigurationException extends BitgetClientException {

    /**
     * A failure described by its message.
     *
     * @param message what went wrong, for people
     */
    public BitgetConfigurationException(String message) {
        super(message);
    }

    /**
     * A failure with its cause.
     *
     * @param message what went wrong, for people
     * @param cause the underlying failure, or null
     */
    public BitgetConfigurationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
