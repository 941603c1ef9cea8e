package io.github.bitget4j.internal;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.SignMessageFunction;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Builds the one signer of a client: the custom function if given, else the signer plugin that fits the secret. */
public final class SignerFactory {

    public static final String SYSTEM_PROPERTY = "bitget4j.signer";
    public static final String ENVIRONMENT_VARIABLE = "BITGET4J_SIGNER";

    private SignerFactory() {
    }

    /** Null when there is nothing to sign with; the key is parsed here, once, so a bad key fails now. */
    public static @Nullable Signer create(ClientOptions options) {
        SignMessageFunction custom = options.customSignMessageFn();
        String secret = options.apiSecret();
        if (custom != null) {
            return new CustomFunctionSigner(custom, secret == null ? "" : secret);
        }
        if (secret == null) {
            return null;
        }
        var spec = new SignerSpec(secret, options.keyPassword(), options.signerProperties());
        SignerProvider provider = ProviderResolver.load(SignerProvider.class, SYSTEM_PROPERTY, ENVIRONMENT_VARIABLE)
                .resolve(options.signerProvider(), p -> p.supports(spec), p -> "does not support this kind of apiSecret");
        try {
            return provider.create(spec);
        } catch (SignerException e) {
            throw new BitgetConfigurationException("The apiSecret cannot be used by the \"" + provider.name()
                    + "\" signer: " + e.getMessage(), e);
        }
    }

    /** Adapts the reference SDK's {@code (message, secret) -> signature} function to the Signer contract. */
    private record CustomFunctionSigner(SignMessageFunction function, String secret) implements Signer {

        @Override
        public String sign(byte[] message) {
            String signature;
            try {
                signature = function.sign(new String(message, StandardCharsets.UTF_8), secret);
            } catch (RuntimeException e) {
                throw new BitgetClientException("customSignMessageFn failed: " + e.getClass().getSimpleName(), e);
            }
            if (signature == null || signature.isBlank()) {
                throw new BitgetClientException("customSignMessageFn returned no signature");
            }
            return signature;
        }

        @Override
        public String toString() {
            return "CustomFunctionSigner[secret=<redacted>]";
        }
    }
}
