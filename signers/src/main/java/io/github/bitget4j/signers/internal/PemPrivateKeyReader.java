package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Map;
import javax.crypto.NoSuchPaddingException;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.jspecify.annotations.Nullable;

/**
 * Reads an RSA private key from PEM text with Bouncy Castle: PKCS#8, PKCS#1, encrypted PKCS#8 and
 * OpenSSL-encrypted PKCS#1. Only this class touches Bouncy Castle, so {@link RsaSignerProvider} loads
 * (and says why it is unusable) when BC is missing.
 *
 * <p>Error messages say what is wrong and never carry key material or the password. For that reason the
 * Bouncy Castle exception is not attached as a cause: some of its messages echo parsed content.
 */
final class PemPrivateKeyReader {

    private static final String RSA_ENCRYPTION_OID = "1.2.840.113549.1.1.1";
    private static final Map<String, String> OTHER_KEY_ALGORITHMS = Map.of(
            "1.2.840.10045.2.1", "EC",
            "1.3.101.112", "Ed25519",
            "1.3.101.113", "Ed448",
            "1.3.101.110", "X25519",
            "1.3.101.111", "X448",
            "1.2.840.10040.4.1", "DSA",
            "1.2.840.113549.1.1.10", "RSASSA-PSS (restricted to PSS, while Bitget uses PKCS#1 v1.5)");

    private PemPrivateKeyReader() {
    }

    static RSAPrivateKey readRsaPrivateKey(String secret, @Nullable String password) {
        PemText.CanonicalPem pem = PemText.canonicalise(secret);
        if (pem.labels().contains("OPENSSH PRIVATE KEY")) {
            throw new SignerException("OpenSSH private keys ('BEGIN OPENSSH PRIVATE KEY') are not supported;"
                    + " convert the key to PKCS#8 first, e.g. with: ssh-keygen -p -m PKCS8 -f <key file>");
        }
        PrivateKeyInfo info = findPrivateKey(pem, password);
        String algorithm = info.getPrivateKeyAlgorithm().getAlgorithm().getId();
        if (!RSA_ENCRYPTION_OID.equals(algorithm)) {
            throw new SignerException("the private key is not an RSA key (its algorithm is "
                    + OTHER_KEY_ALGORITHMS.getOrDefault(algorithm, algorithm)
                    + "); Bitget's RSA API keys need an RSA private key of 2048 bits or more");
        }
        return toJdkKey(info);
    }

    private static PrivateKeyInfo findPrivateKey(PemText.CanonicalPem pem, @Nullable String password) {
        try (PEMParser parser = new PEMParser(new StringReader(pem.text()))) {
            for (Object item = parser.readObject(); item != null; item = parser.readObject()) {
                if (item instanceof PrivateKeyInfo info) {
                    return info;
                }
                if (item instanceof PEMKeyPair pair) {
                    return pair.getPrivateKeyInfo();
                }
                if (item instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    return decrypt(encrypted, requirePassword(password, "ENCRYPTED PRIVATE KEY"));
                }
                if (item instanceof PEMEncryptedKeyPair encrypted) {
                    return decrypt(encrypted, requirePassword(password, "Proc-Type: 4,ENCRYPTED"));
                }
                // anything else (a certificate, a public key, EC parameters) is skipped
            }
        } catch (SignerException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            if (String.valueOf(e.getMessage()).startsWith("unrecognised object")) {
                throw new SignerException("unsupported PEM block type among " + pem.labels()
                        + "; expected PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY");
            }
            throw new SignerException("the PEM private key is corrupted or truncated: its content does not"
                    + " decode as a key (" + e.getClass().getSimpleName() + ")");
        }
        throw new SignerException("the PEM text holds no private key, only " + pem.labels()
                + "; expected PRIVATE KEY, RSA PRIVATE KEY or ENCRYPTED PRIVATE KEY");
    }

    private static char[] requirePassword(@Nullable String password, String marker) {
        if (password == null || password.isEmpty()) {
            throw new SignerException("the private key is encrypted ('" + marker + "') but no key password"
                    + " was given; set the key password option, or decrypt the key first");
        }
        return password.toCharArray();
    }

    private static PrivateKeyInfo decrypt(PKCS8EncryptedPrivateKeyInfo encrypted, char[] password) {
        try {
            return encrypted.decryptPrivateKeyInfo(new JceOpenSSLPKCS8DecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(password));
        } catch (Exception e) {
            throw decryptionFailed(e, encrypted.getEncryptionAlgorithm().getAlgorithm().getId());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static PrivateKeyInfo decrypt(PEMEncryptedKeyPair encrypted, char[] password) {
        try {
            return encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                    .setProvider(BouncyCastle.PROVIDER).build(password)).getPrivateKeyInfo();
        } catch (Exception e) {
            throw decryptionFailed(e, encrypted.getDekAlgName());
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    // A wrong password shows up as bad padding or, rarely, as garbage that does not parse: both mean
    // "wrong password or damaged key". A missing algorithm is a different, fixable problem.
    private static SignerException decryptionFailed(Exception e, String scheme) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NoSuchAlgorithmException || t instanceof NoSuchPaddingException) {
                return new SignerException("cannot decrypt the private key: its encryption scheme (" + scheme
                        + ") is not supported here; re-encrypt it with: openssl pkcs8 -topk8 -v2 aes-256-cbc");
            }
        }
        return new SignerException("cannot decrypt the private key: the key password is wrong, or the"
                + " encrypted key is damaged");
    }

    private static RSAPrivateKey toJdkKey(PrivateKeyInfo info) {
        byte[] der = null;
        try {
            der = info.getEncoded();
            return (RSAPrivateKey) rsaKeyFactory().generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException | GeneralSecurityException | ClassCastException e) {
            throw new SignerException("the RSA private key is corrupted: the JDK cannot read it ("
                    + e.getClass().getSimpleName() + ")");
        } finally {
            if (der != null) {
                Arrays.fill(der, (byte) 0);
            }
        }
    }

    // The key is built by the provider that will sign with it (see RsaSigner), not by Bouncy Castle.
    private static KeyFactory rsaKeyFactory() throws NoSuchAlgorithmException {
        Provider jdk = RsaSigner.jdkRsaProvider();
        return jdk != null ? KeyFactory.getInstance("RSA", jdk) : KeyFactory.getInstance("RSA");
    }

    /** Used for decryption only and never registered: users' JCA provider lists stay as they are. */
    private static final class BouncyCastle {
        static final BouncyCastleProvider PROVIDER = new BouncyCastleProvider();
    }
}
