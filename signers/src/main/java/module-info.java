/**
 * Built-in signer providers of bitget4j, found with {@link java.util.ServiceLoader}:
 * <ul>
 *   <li>{@code "hmac"} (priority 0, the fallback): base64(HMAC-SHA256) keyed with the UTF-8 bytes of the
 *       API secret; takes every non-empty secret that is neither a PEM private key nor a {@code pkcs11:} URI.</li>
 *   <li>{@code "rsa"} (priority 10): base64(SHA256withRSA, PKCS#1 v1.5) with an RSA private key of 2048 bits
 *       or more, given as PEM (PKCS#8, PKCS#1, encrypted PKCS#8, or OpenSSL-encrypted PKCS#1); takes every
 *       secret that contains {@code PRIVATE KEY}.</li>
 *   <li>{@code "pkcs11"} (priority 20): SHA256withRSA computed inside an HSM or smart card through the JDK's
 *       SunPKCS11, for secrets that are RFC 7512 URIs ({@code pkcs11:token=...;object=...?module-path=...}).</li>
 *   <li>{@code "keystore"} (priority 20): an RSA key from a PKCS#12 (or other JCA) key store file, for
 *       secrets {@code keystore:/path/to/key.p12}.</li>
 * </ul>
 * Nothing is exported: users pick a provider by its name through the client options, so this module is
 * a runtime-only dependency and its classes are free to change.
 */
module io.github.bitget4j.signers {
    requires io.github.bitget4j.spi;
    requires static org.jspecify;
    // Plain (not static) requires: Maven always brings Bouncy Castle with this artifact, and a static
    // requires would leave it unresolved on the module path unless the user adds --add-modules.
    // On the class path the RSA provider still loads without it and reports itself unusable.
    requires org.bouncycastle.provider;
    requires org.bouncycastle.pkix;
    // SunPKCS11, reached through java.security only; required so that jlink keeps it in custom runtimes
    requires jdk.crypto.cryptoki;

    provides io.github.bitget4j.spi.SignerProvider with
            io.github.bitget4j.signers.internal.HmacSignerProvider,
            io.github.bitget4j.signers.internal.RsaSignerProvider,
            io.github.bitget4j.signers.internal.Pkcs11SignerProvider,
            io.github.bitget4j.signers.internal.KeyStoreSignerProvider;
}
