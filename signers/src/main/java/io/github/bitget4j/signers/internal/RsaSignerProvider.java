package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import org.jspecify.annotations.Nullable;

/**
 * Bitget's RSA scheme: takes every secret that contains {@code PRIVATE KEY}, reads the PEM once with
 * Bouncy Castle and signs with the JDK's SHA256withRSA.
 *
 * <p>This class names no Bouncy Castle type, so it loads and reports itself unusable when BC is
 * missing instead of breaking the {@link java.util.ServiceLoader} iteration for every provider.
 */
public final class RsaSignerProvider implements SignerProvider {

    static final String NAME = "rsa";
    /** What makes a secret a PEM private key; the HMAC provider leaves such secrets alone. */
    static final String PEM_PRIVATE_KEY_MARKER = "PRIVATE KEY";

    // one class from each Bouncy Castle jar this provider uses
    private static final String[][] BOUNCY_CASTLE_CLASSES = {
            {"org.bouncycastle.jce.provider.BouncyCastleProvider", "bcprov-jdk18on"},
            {"org.bouncycastle.openssl.PEMParser", "bcpkix-jdk18on"},
    };
    private final @Nullable String unusableReason = findMissingBouncyCastle();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean isUsable() {
        return unusableReason == null;
    }

    @Override
    public String unusableReason() {
        return unusableReason != null ? unusableReason : "usable";
    }

    @Override
    public boolean supports(SignerSpec spec) {
        return spec.secret().contains(PEM_PRIVATE_KEY_MARKER);
    }

    @Override
    public Signer create(SignerSpec spec) {
        if (unusableReason != null) {
            throw new SignerException("the RSA signer cannot read PEM keys here: " + unusableReason);
        }
        return new RsaSigner(PemPrivateKeyReader.readRsaPrivateKey(spec.secret(), spec.keyPassword()));
    }

    @Override
    public String toString() {
        return "RsaSignerProvider[name=" + NAME + ", priority=" + priority()
                + (unusableReason == null ? "" : ", unusable: " + unusableReason) + "]";
    }

    private static @Nullable String findMissingBouncyCastle() {
        ClassLoader loader = RsaSignerProvider.class.getClassLoader();
        for (String[] classAndJar : BOUNCY_CASTLE_CLASSES) {
            try {
                Class.forName(classAndJar[0], false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                return "Bouncy Castle is missing (class " + classAndJar[0] + " not found); add "
                        + "org.bouncycastle:" + classAndJar[1] + " (and bcprov/bcpkix/bcutil-jdk18on of one"
                        + " version) to the class path or module path";
            }
        }
        return null;
    }
}
