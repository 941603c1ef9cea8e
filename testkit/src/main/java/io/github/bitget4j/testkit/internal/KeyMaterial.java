package io.github.bitget4j.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Random key material in Bitget's shapes, and PEM reading/writing with the JDK only. */
public final class KeyMaterial {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** DER of AlgorithmIdentifier { rsaEncryption, NULL }, to wrap a PKCS#1 public key into X.509 form. */
    private static final byte[] RSA_ALGORITHM_ID = HexFormat.of().parseHex("300d06092a864886f70d0101010500");

    private KeyMaterial() {
    }

    /** Looks like Bitget's keys: {@code bg_} and 32 hex digits. */
    public static String newApiKey() {
        return "bg_" + hex(16);
    }

    /** 64 hex digits, the shape of a Bitget HMAC secret. */
    public static String newHmacSecret() {
        return hex(32);
    }

    public static String newPassphrase() {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return sb.toString();
    }

    public static KeyPair newRsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation is not available", e);
        }
    }

    /** {@code -----BEGIN PRIVATE KEY-----}, the PKCS#8 form every RSA signer accepts. */
    public static String toPkcs8Pem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    /**
     * Reads an RSA public key from PEM: X.509 {@code BEGIN PUBLIC KEY} or PKCS#1 {@code BEGIN RSA PUBLIC KEY}.
     *
     * @throws IllegalArgumentException when the text is not such a key (the message never quotes the text)
     */
    public static PublicKey parseRsaPublicKey(String pem) {
        boolean pkcs1 = pem.contains("BEGIN RSA PUBLIC KEY");
        if (!pkcs1 && !pem.contains("BEGIN PUBLIC KEY")) {
            throw new IllegalArgumentException("expected a PEM 'PUBLIC KEY' or 'RSA PUBLIC KEY'");
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            if (pkcs1) {
                der = wrapPkcs1(der);
            }
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new IllegalArgumentException("not a readable RSA public key", e);
        }
    }

    private static byte[] wrapPkcs1(byte[] rsaPublicKey) {
        byte[] bitString = new byte[rsaPublicKey.length + 1]; // leading 0: no unused bits
        System.arraycopy(rsaPublicKey, 0, bitString, 1, rsaPublicKey.length);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(RSA_ALGORITHM_ID);
        body.writeBytes(der(0x03, bitString));
        return der(0x30, body.toByteArray());
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else {
            int bytes = len > 0xffff ? 3 : len > 0xff ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write((len >>> (8 * i)) & 0xff);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static String pem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static String hex(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return HexFormat.of().formatHex(b);
    }
}
