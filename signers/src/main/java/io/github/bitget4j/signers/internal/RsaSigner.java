package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Security;
import java.security.Signature;
import java.security.SignatureException;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * {@code base64(SHA256withRSA(private key, message))}: RSASSA-PKCS1-v1_5, deterministic.
 *
 * <p>The key arrives parsed; each call borrows a {@link Signature} already initialised with it from a
 * lock-free pool ({@code sign()} leaves it ready for the next message). An RSA-2048 signature costs
 * about a millisecond, so the pool exists to skip the per-call {@code initSign}, not for speed records.
 */
final class RsaSigner implements Signer {

    static final String ALGORITHM = "SHA256withRSA";
    /** Bitget accepts RSA keys of 2048 bits or more; smaller keys are weak and refused here. */
    static final int MIN_KEY_BITS = 2048;
    private static final String JDK_RSA_PROVIDER = "SunRsaSign";
    private static final byte[] SELF_TEST_MESSAGE = "bitget4j RSA key self-test".getBytes(StandardCharsets.US_ASCII);

    private final EnginePool<Signature> signatures;
    private final int keyBits;
    private final String providerName;

    RsaSigner(RSAPrivateKey key) {
        this.keyBits = key.getModulus().bitLength();
        if (keyBits < MIN_KEY_BITS) {
            throw new SignerException("the RSA key has " + keyBits + " bits; Bitget requires RSA keys of at least "
                    + MIN_KEY_BITS + " bits (create one with: openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048)");
        }
        Signature first = newSignature(key);
        this.providerName = first.getProvider().getName();
        this.signatures = new EnginePool<>(EnginePool.defaultCapacity(), () -> newSignature(key));
        selfTest(first, key);
        signatures.release(first);
    }

    /**
     * The JDK's RSA provider when present, so that a Bouncy Castle provider the application registered
     * first does not take over; null on JDKs without it (a FIPS set-up, say), which then use the default.
     */
    static @Nullable Provider jdkRsaProvider() {
        return Security.getProvider(JDK_RSA_PROVIDER);
    }

    @Override
    public String sign(byte[] message) {
        Signature signature = signatures.acquire();
        byte[] result;
        try {
            signature.update(message);
            result = signature.sign();
        } catch (SignatureException e) {
            throw new SignerException("RSA signing failed (" + e.getClass().getSimpleName() + ")", e);
        }
        signatures.release(signature);
        return Base64.getEncoder().encodeToString(result);
    }

    @Override
    public void close() {
        signatures.close();
    }

    @Override
    public String toString() {
        return "RsaSigner[" + ALGORITHM + ", " + keyBits + "-bit key, provider=" + providerName + "]";
    }

    private static Signature newSignature(RSAPrivateKey key) {
        try {
            Provider jdk = jdkRsaProvider();
            Signature signature = jdk != null ? Signature.getInstance(ALGORITHM, jdk) : Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            return signature;
        } catch (GeneralSecurityException e) {
            throw new SignerException("cannot set up " + ALGORITHM + " with this RSA key ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    // A damaged key can parse fine and still make signatures that Bitget rejects with a puzzling 40009.
    // One signature verified against the key's own public half at start-up turns that into a clear error.
    private static void selfTest(Signature signature, RSAPrivateKey key) {
        if (!(key instanceof RSAPrivateCrtKey crt) || crt.getPublicExponent().signum() <= 0) {
            return; // no public exponent to verify with
        }
        String damaged = "the RSA private key is damaged: its own signature does not verify against its public"
                + " key (some of its numbers are wrong; export the key again)";
        try {
            signature.update(SELF_TEST_MESSAGE);
            byte[] signed = signature.sign();
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey(crt.getModulus(), crt.getPublicExponent()));
            verifier.update(SELF_TEST_MESSAGE);
            if (!verifier.verify(signed)) {
                throw new SignerException(damaged);
            }
        } catch (GeneralSecurityException e) {
            throw new SignerException(damaged + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static PublicKey publicKey(BigInteger modulus, BigInteger publicExponent) throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(modulus, publicExponent));
    }
}
