package io.github.bitget4j.spi;

/**
 * Builds {@link Signer}s for the secrets it understands. Registered with
 * {@code provides io.github.bitget4j.spi.SignerProvider with ...} and {@code META-INF/services}.
 */
public interface SignerProvider extends BitgetProvider {

    /**
     * Whether this provider understands the secret (for example: it contains {@code PRIVATE KEY}). Cheap, no I/O.
     *
     * @param spec the secret and settings from the client options
     * @return true when {@link #create} can make a signer for it
     */
    boolean supports(SignerSpec spec);

    /**
     * Parses the key once and returns a signer for the life of a client.
     *
     * @param spec the secret and settings from the client options
     * @return a signer, thread-safe; the client closes it with itself
     * @throws SignerException with a message that says what is wrong with the key (never the key itself)
     */
    Signer create(SignerSpec spec);
}
