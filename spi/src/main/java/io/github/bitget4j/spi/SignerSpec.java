package io.github.bitget4j.spi;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a {@link SignerProvider} gets to decide whether it fits and to build a {@link Signer}.
 *
 * @param secret      the API secret option as given: an HMAC secret, a PEM private key, a URI, ...
 * @param keyPassword password of an encrypted private key, if any
 * @param properties  provider-specific settings (for example a key-store alias); never secrets in clear
 *                    unless the provider documents it
 */
public record SignerSpec(String secret, @Nullable String keyPassword, Map<String, String> properties) {

    /** Copies the properties into an immutable map. */
    public SignerSpec {
        properties = Map.copyOf(properties);
    }

    /**
     * A spec with a secret only.
     *
     * @param secret the API secret option as given
     * @return the spec, without key password or properties
     */
    public static SignerSpec of(String secret) {
        return new SignerSpec(secret, null, Map.of());
    }

    @Override
    public String toString() {
        return "SignerSpec[secret=<redacted " + secret.length() + " chars>, keyPassword="
                + (keyPassword == null ? "null" : "<redacted>") + ", properties=" + properties.keySet() + "]";
    }
}
