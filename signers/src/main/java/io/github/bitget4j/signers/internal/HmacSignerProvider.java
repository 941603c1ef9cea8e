package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;

/**
 * The fallback signer: Bitget's classic HMAC-SHA256 scheme. Takes every non-empty secret except the
 * ones another built-in provider owns: PEM private keys (RSA), {@code pkcs11:} URIs (HSM) and
 * {@code keystore:} paths (key store files).
 */
public final class HmacSignerProvider implements SignerProvider {

    static final String NAME = "hmac";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    @Override
    public boolean supports(SignerSpec spec) {
        String secret = spec.secret();
        return !secret.isEmpty()
                && !secret.contains(RsaSignerProvider.PEM_PRIVATE_KEY_MARKER)
                && !Pkcs11Uri.looksLikeOne(secret)
                && !secret.regionMatches(true, 0, KeyStoreSignerProvider.SCHEME, 0, KeyStoreSignerProvider.SCHEME.length());
    }

    @Override
    public Signer create(SignerSpec spec) {
        return new HmacSigner(spec.secret());
    }

    @Override
    public String toString() {
        return "HmacSignerProvider[name=" + NAME + ", priority=" + priority() + "]";
    }
}
