package io.github.bitget4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.function.Function;

/**
 * How {@link SignerProviderContract} decides that a signature is right, computed independently of the
 * signer under test.
 */
@FunctionalInterface
public interface SignatureCheck {

    /**
     * Fails (with an AssertionError) unless {@code signature} is the right ACCESS-SIGN for {@code message}.
     *
     * @param message the prehash that was signed
     * @param signature the signature under test
     */
    void assertSignatureOf(byte[] message, String signature);

    /**
     * Equal to what {@code reference} computes (for HMAC: a Mac keyed with the same secret).
     *
     * @param reference computes the expected signature
     * @return the check
     */
    static SignatureCheck equalTo(Function<byte[], String> reference) {
        return (message, signature) -> assertThat(signature).as("ACCESS-SIGN").isEqualTo(reference.apply(message));
    }

    /**
     * Byte for byte the base64 of the JDK's own SHA256withRSA with this private key (RSASSA-PKCS1-v1_5 is
     * deterministic), and verified by {@code publicKey}.
     *
     * @param privateKey the RSA private key the signer holds
     * @param publicKey its public key
     * @return the check
     */
    static SignatureCheck sameAsJdkRsa(PrivateKey privateKey, PublicKey publicKey) {
        SignatureCheck verified = verifiedBy(publicKey);
        return (message, signature) -> {
            try {
                Signature reference = Signature.getInstance("SHA256withRSA");
                reference.initSign(privateKey);
                reference.update(message);
                assertThat(signature).as("ACCESS-SIGN").isEqualTo(Base64.getEncoder().encodeToString(reference.sign()));
            } catch (GeneralSecurityException e) {
                throw new AssertionError("the reference signature could not be computed", e);
            }
            verified.assertSignatureOf(message, signature);
        };
    }

    /**
     * Base64 of an RSASSA-PKCS1-v1_5 SHA-256 signature that {@code publicKey} verifies (for keys inside an HSM).
     *
     * @param publicKey its public key
     * @return the check
     */
    static SignatureCheck verifiedBy(PublicKey publicKey) {
        return (message, signature) -> {
            byte[] raw;
            try {
                raw = Base64.getDecoder().decode(signature);
            } catch (IllegalArgumentException e) {
                throw new AssertionError("ACCESS-SIGN is not base64: " + signature, e);
            }
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(publicKey);
                verifier.update(message);
                assertThat(verifier.verify(raw)).as("the public key verifies the signature").isTrue();
            } catch (GeneralSecurityException e) {
                throw new AssertionError("the signature could not be verified", e);
            }
        };
    }
}
