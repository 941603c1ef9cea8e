package io.github.bitget4j.spi;

/**
 * Signs the prehash of one request. Created once per client by a {@link SignerProvider}: keys are
 * parsed and engines prepared at creation, never per request. Implementations must be safe for
 * concurrent use by many (virtual) threads.
 */
@FunctionalInterface
public interface Signer extends AutoCloseable {

    /**
     * Signs one request; called from many threads at once.
     *
     * @param message the UTF-8 bytes of the prehash ({@code timestamp + METHOD + path [+ "?" + query] + body});
     *                the caller does not reuse the array while this call runs
     * @return the exact {@code ACCESS-SIGN} header value (base64 for Bitget's HMAC and RSA schemes)
     * @throws SignerException when signing fails
     */
    String sign(byte[] message);

    /** Releases key handles or sessions; the client that created the signer closes it. */
    @Override
    default void close() {
    }
}
