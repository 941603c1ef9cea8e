package io.github.bitget4j.spi;

/** A key that cannot be parsed or used, or a signing operation that failed. Never carries key material. */
public class SignerException extends RuntimeException {

    /**
     * A failure without an underlying cause.
     *
     * @param message what is wrong, without key material
     */
    public SignerException(String message) {
        super(message);
    }

    /**
     * A failure with its cause.
     *
     * @param message what is wrong, without key material
     * @param cause the underlying failure
     */
    public SignerException(String message, Throwable cause) {
        super(message, cause);
    }
}
