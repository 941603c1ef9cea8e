package io.github.bitget4j.signers.internal;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;

/** The test-only keys, secrets and openssl vectors in src/test/resources/vectors (see regenerate.sh there). */
final class TestKeys {

    /** One line of vectors.tsv: the prehash and the ACCESS-SIGN openssl computed for it. */
    record Vector(String kind, String message, String expected) {
        byte[] messageBytes() {
            return message.getBytes(UTF_8);
        }

        @Override
        public String toString() {
            return kind + " " + (message.isEmpty() ? "<empty message>" : message);
        }
    }

    static final String HMAC_SECRET_ASCII = text("hmac-secret-ascii.txt");
    static final String HMAC_SECRET_UTF8 = text("hmac-secret-utf8.txt");
    static final String KEY_PASSWORD = text("key-password.txt");
    static final String KEY_PASSWORD_UTF8 = text("key-password-utf8.txt");
    static final String RSA_PKCS8 = text("rsa2048-pkcs8.pem");
    static final String RSA_PKCS1 = text("rsa2048-pkcs1.pem");
    static final String RSA_PKCS8_ENCRYPTED = text("rsa2048-pkcs8-encrypted.pem");
    static final String RSA_PKCS8_ENCRYPTED_UTF8_PASSWORD = text("rsa2048-pkcs8-encrypted-utf8-password.pem");
    static final String RSA_PKCS1_LEGACY_ENCRYPTED = text("rsa2048-pkcs1-legacy-encrypted.pem");
    static final String RSA_1024 = text("rsa1024-pkcs8.pem");
    static final String EC_PKCS8 = text("ec-p256-pkcs8.pem");
    static final String EC_SEC1 = text("ec-p256-sec1.pem");
    static final String ED25519 = text("ed25519-pkcs8.pem");

    private TestKeys() {
    }

    /** A file of the vectors directory, exactly as committed. */
    static String text(String name) {
        try (InputStream in = TestKeys.class.getResourceAsStream("/vectors/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource vectors/" + name);
            }
            return new String(in.readAllBytes(), UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Vector> vectors(String kind) {
        return text("vectors.tsv").lines()
                .filter(line -> !line.startsWith("#"))
                .map(line -> line.split("\t", -1))
                .map(fields -> new Vector(fields[0], fields[1], fields[2]))
                .filter(vector -> vector.kind().equals(kind))
                .toList();
    }

    /** The PKCS#8 test key read by the JDK alone (no Bouncy Castle): an independent reference. */
    static RSAPrivateCrtKey jdkRsaKey() {
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64Body(RSA_PKCS8))));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The base64 content of a PEM block: everything but the BEGIN/END lines, headers and whitespace. */
    static String base64Body(String pem) {
        StringBuilder body = new StringBuilder();
        pem.lines().filter(line -> !line.startsWith("-----") && !line.contains(":"))
                .forEach(line -> body.append(line.strip()));
        return body.toString();
    }

    static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(UTF_8)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
