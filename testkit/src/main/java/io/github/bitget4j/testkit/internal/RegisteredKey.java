package io.github.bitget4j.testkit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An API key the server knows, with what it needs to check a signature: the HMAC secret, or only the
 * RSA public key. Key material is parsed once at registration, never per request.
 */
sealed interface RegisteredKey {

    String apiKey();

    boolean demo();

    /** Constant-time comparison, so timing does not reveal how much of a guess was right. */
    boolean passphraseMatches(String candidate);

    /** True when {@code signature} (the ACCESS-SIGN value) signs exactly {@code prehash}. */
    boolean verifies(byte[] prehash, String signature);

    static RegisteredKey hmac(String apiKey, String secret, String passphrase, boolean demo) {
        return new Hmac(apiKey, new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"),
                passphrase.getBytes(StandardCharsets.UTF_8), demo);
    }

    static RegisteredKey rsa(String apiKey, PublicKey publicKey, String passphrase, boolean demo) {
        return new Rsa(apiKey, publicKey, passphrase.getBytes(StandardCharsets.UTF_8), demo);
    }

    private static boolean equalBytes(byte[] expected, String candidate) {
        return MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8));
    }

    record Hmac(String apiKey, SecretKeySpec secret, byte[] passphrase, boolean demo) implements RegisteredKey {

        @Override
        public boolean passphraseMatches(String candidate) {
            return equalBytes(passphrase, candidate);
        }

        @Override
        public boolean verifies(byte[] prehash, String signature) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(secret);
                byte[] expected = Base64.getEncoder().encode(mac.doFinal(prehash));
                return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        }

        @Override
        public String toString() {
            return "Hmac[apiKey=" + apiKey + ", demo=" + demo + "]";
        }
    }

    record Rsa(String apiKey, PublicKey publicKey, byte[] passphrase, boolean demo) implements RegisteredKey {

        @Override
        public boolean passphraseMatches(String candidate) {
            return equalBytes(passphrase, candidate);
        }

        @Override
        public boolean verifies(byte[] prehash, String signature) {
            byte[] sig;
            try {
                sig = Base64.getDecoder().decode(signature);
            } catch (IllegalArgumentException notBase64) {
                return false;
            }
            try {
                Signature verifier = Signature.getInstance("SHA256withRSA");
                verifier.initVerify(publicKey);
                verifier.update(prehash);
                return verifier.verify(sig);
            } catch (java.security.SignatureException malformed) {
                return false;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("SHA256withRSA is not available", e);
            }
        }

        @Override
        public String toString() {
            return "Rsa[apiKey=" + apiKey + ", demo=" + demo + "]";
        }
    }
}
