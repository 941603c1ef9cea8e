package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

/**
 * {@code base64(SHA256withRSA)} computed inside a PKCS#11 token: the private key is a handle, its value
 * never leaves the token.
 *
 * <p>Each call borrows an initialised {@link Signature} from a lock-free pool ({@link EnginePool}). A
 * SunPKCS11 {@code Signature} holds no session between operations: it takes one from SunPKCS11's session
 * pool for each sign and gives it back, so pooling {@code Signature}s only saves the provider lookup and
 * {@code initSign} per call. Measured with SoftHSM2 2.6 on JDK 25, one thread, RSA-2048: 500-650 us per
 * signature either way (a reused Signature vs. a new one per call differ less than run-to-run noise), so
 * the token's RSA dominates; the pool is kept because it costs nothing and is the signers' common helper.
 */
final class Pkcs11Signer implements Signer {

    private static final byte[] SELF_TEST_MESSAGE = "bitget4j PKCS#11 key self-test".getBytes(StandardCharsets.US_ASCII);

    private final Pkcs11Token token;
    private final EnginePool<Signature> signatures;
    private final String description;
    private volatile boolean closed;

    /** Takes over one use of {@code token}; releases it when closed or when this constructor fails. */
    Pkcs11Signer(Pkcs11Token token, PrivateKey key, PublicKey publicKey, String description) {
        this.token = token;
        this.description = description;
        try {
            Signature first = newSignature(token, key, description);
            selfTest(first, publicKey, description);
            this.signatures = new EnginePool<>(EnginePool.defaultCapacity(), () -> newSignature(token, key, description));
            signatures.release(first);
        } catch (RuntimeException e) {
            token.release();
            throw e;
        }
    }

    @Override
    public String sign(byte[] message) {
        Signature signature = signatures.acquire();
        byte[] result;
        try {
            signature.update(message);
            result = signature.sign();
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SignerException("signing in the PKCS#11 token failed for " + description + " ("
                    + Pkcs11Token.messageChain(e) + ")", e);
        }
        signatures.release(signature);
        return Base64.getEncoder().encodeToString(result);
    }

    /** Logs out of the token when no other signer of this process still uses it. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        signatures.close();
        token.release();
    }

    @Override
    public String toString() {
        return "Pkcs11Signer[" + RsaSigner.ALGORITHM + ", " + description + (closed ? ", closed" : "") + "]";
    }

    private static Signature newSignature(Pkcs11Token token, PrivateKey key, String description) {
        try {
            Signature signature = Signature.getInstance(RsaSigner.ALGORITHM, token.provider);
            signature.initSign(key);
            return signature;
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SignerException("the token cannot sign " + RsaSigner.ALGORITHM + " with " + description
                    + " (" + Pkcs11Token.messageChain(e) + ")");
        }
    }

    // A certificate that does not belong to the key would make every request fail with Bitget's 40009
    // (if that is the public key registered); one signature checked at start-up says so at once.
    private static void selfTest(Signature signature, PublicKey publicKey, String description) {
        try {
            signature.update(SELF_TEST_MESSAGE);
            byte[] signed = signature.sign();
            Signature verifier = Signature.getInstance(RsaSigner.ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(SELF_TEST_MESSAGE);
            if (!verifier.verify(signed)) {
                throw new SignerException("the certificate stored with " + description + " does not match the"
                        + " private key: a signature made in the token does not verify with its public key");
            }
        } catch (GeneralSecurityException | ProviderException e) {
            throw new SignerException("a test signature in the token failed for " + description + " ("
                    + Pkcs11Token.messageChain(e) + ")");
        }
    }
}
