package io.github.bitget4j.testkit;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away certificate for {@code localhost} and {@code 127.0.0.1}, made in memory for a local TLS server.
 * A client trusts it by being given {@link #trustStore()} (the SDK's {@code trustStore} option), so host names
 * are still verified and nothing else about the JVM's TLS trust changes.
 */
public final class SelfSignedCertificate {

    private static final char[] PASSWORD = "testkit".toCharArray();

    private final KeyPair keyPair;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyPair keyPair, X509Certificate certificate) {
        this.keyPair = keyPair;
        this.certificate = certificate;
    }

    /** {@return a new EC P-256 key and a certificate for it, valid from an hour ago for a day} */
    public static SelfSignedCertificate generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keyPair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=localhost, O=bitget4j testkit");
            Instant now = Instant.now();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name,
                    new BigInteger(64, new SecureRandom()), Date.from(now.minus(Duration.ofHours(1))),
                    Date.from(now.plus(Duration.ofDays(1))), name, keyPair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(new GeneralName[] {
                    new GeneralName(GeneralName.dNSName, "localhost"),
                    new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keyPair.getPrivate())));
            return new SelfSignedCertificate(keyPair, certificate);
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("could not generate a self-signed certificate", e);
        }
    }

    /** {@return the certificate, which clients trust} */
    public X509Certificate certificate() {
        return certificate;
    }

    /** {@return the server's side: the private key and its certificate, under the alias {@code server}} */
    public KeyStore serverKeyStore() {
        KeyStore store = emptyStore();
        try {
            store.setKeyEntry("server", keyPair.getPrivate(), PASSWORD, new X509Certificate[] {certificate});
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    /** {@return the password of {@link #serverKeyStore()} and of its key entry} */
    public String keyStorePassword() {
        return new String(PASSWORD);
    }

    /** {@return the client's side: this certificate only, as the one trusted anchor} */
    public KeyStore trustStore() {
        KeyStore store = emptyStore();
        try {
            store.setCertificateEntry("testkit", certificate);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        return store;
    }

    private static KeyStore emptyStore() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            return store;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "SelfSignedCertificate[" + certificate.getSubjectX500Principal() + "]";
    }
}
