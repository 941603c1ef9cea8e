package io.github.bitget4j.spi;

/** A key that cannot be parsed or used, or a signing operation that failed. Never carries key material. */
public class SignerException extends RuntimeException {

    public SignerException(String message) {
        super(message);
    }

    public SignerException(String message, Throwable cause) {
        super(message, cause);
    }
}
