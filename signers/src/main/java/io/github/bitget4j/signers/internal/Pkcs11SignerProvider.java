package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.ProviderException;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;
import java.util.Collections;
import java.util.List;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * Signs inside an HSM or smart card through the JDK's SunPKCS11, selected by an RFC 7512 PKCS#11 URI as
 * the API secret:
 * {@code pkcs11:token=bitget;object=trading-key?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/run/pin}.
 *
 * <p>Path attributes: {@code token} (label; needs Java 22+) or {@code slot-id}, and {@code object} (the key's
 * label). Query attributes: {@code module-path} (the PKCS#11 library), and the PIN from {@code pin-value},
 * {@code pin-source=file:...} or {@code pin-env=NAME} (our extension), else the {@code keyPassword} option.
 * SunPKCS11 sees a private key only when a certificate with the same CKA_ID is stored next to it; the
 * certificate's public key also checks the key once at start-up.
 */
public final class Pkcs11SignerProvider implements SignerProvider {

    static final String NAME = "pkcs11";

    @Override
    public String name() {
        return NAME;
    }

    /** Above rsa (10): a {@code pkcs11:} URI is never a PEM key, and an explicit scheme should win. */
    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean isUsable() {
        return Pkcs11Token.isAvailable();
    }

    @Override
    public String unusableReason() {
        return isUsable() ? "usable" : "this JDK has no SunPKCS11 provider (module jdk.crypto.cryptoki)";
    }

    @Override
    public boolean supports(SignerSpec spec) {
        return Pkcs11Uri.looksLikeOne(spec.secret().strip());
    }

    @Override
    public Signer create(SignerSpec spec) {
        Pkcs11Uri uri = Pkcs11Uri.parse(spec.secret());
        Path library = library(uri);
        String object = uri.object();
        if (object == null || object.isEmpty()) {
            throw new SignerException("the PKCS#11 URI names no key: add object=<key label> to its path ("
                    + (uri.path().containsKey("id") ? "id= is not supported, as SunPKCS11 finds keys by label; " : "")
                    + "pkcs11-tool --module " + library + " --list-objects shows the labels)");
        }
        long slot = slot(uri, library);
        String tokenText = (uri.token() != null ? "token '" + uri.token() + "' (slot " + slot + ")" : "slot " + slot)
                + " of library " + library;
        Pkcs11Token token = Pkcs11Token.open(library, slot, Pkcs11Pin.resolve(uri, spec), tokenText);
        PrivateKey key;
        PublicKey publicKey;
        try {
            KeyStore keys = keyStore(token, tokenText);
            key = rsaPrivateKey(keys, object, tokenText);
            publicKey = keys.getCertificate(object).getPublicKey();
        } catch (RuntimeException | GeneralSecurityException e) {
            token.release();
            throw e instanceof SignerException s ? s : new SignerException("reading key '" + object + "' on "
                    + tokenText + " failed (" + Pkcs11Token.messageChain(e) + ")");
        }
        String description = "key '" + object + "' (" + ((RSAKey) publicKey).getModulus().bitLength() + "-bit RSA) on " + tokenText;
        return new Pkcs11Signer(token, key, publicKey, description); // releases the token itself if it fails
    }

    @Override
    public String toString() {
        return "Pkcs11SignerProvider[name=" + NAME + ", priority=" + priority() + "]";
    }

    private static Path library(Pkcs11Uri uri) {
        String modulePath = uri.modulePath();
        if (modulePath == null || modulePath.isBlank()) {
            throw new SignerException("the PKCS#11 URI names no library: add ?module-path=/path/to/pkcs11-module.so"
                    + " (for SoftHSM2 on Debian: /usr/lib/softhsm/libsofthsm2.so)");
        }
        Path library = Path.of(modulePath);
        if (!Files.isRegularFile(library)) {
            throw new SignerException("the PKCS#11 module library " + library + " (module-path in the URI) does not"
                    + " exist; install the HSM's PKCS#11 library (for SoftHSM2: apt-get install softhsm2) or fix the path");
        }
        return library;
    }

    private static long slot(Pkcs11Uri uri, Path library) {
        String slotId = uri.slotId();
        if (slotId != null) {
            try {
                return Long.parseLong(slotId.strip());
            } catch (NumberFormatException e) {
                throw new SignerException("the PKCS#11 URI's slot-id '" + slotId + "' is not a number");
            }
        }
        String label = uri.token();
        if (label == null) {
            throw new SignerException("the PKCS#11 URI names no token: add token=<token label> (or slot-id=<number>)"
                    + " to its path");
        }
        List<TokenSlots.Slot> slots = Pkcs11Token.whileNoTokenOpensOrCloses(() -> TokenSlots.withTokens(library));
        List<TokenSlots.Slot> matching = slots.stream().filter(slot -> slot.label().equals(label)).toList();
        if (matching.isEmpty()) {
            throw new SignerException("no token labelled '" + label + "' in the PKCS#11 library " + library
                    + " (tokens found: " + slots.stream().map(slot -> "'" + slot.label() + "'").toList() + ")");
        }
        if (matching.size() > 1) {
            throw new SignerException(matching.size() + " tokens are labelled '" + label + "' in the PKCS#11 library "
                    + library + "; pick one with slot-id=" + matching.stream().map(TokenSlots.Slot::id).toList());
        }
        return matching.get(0).id();
    }

    private static KeyStore keyStore(Pkcs11Token token, String tokenText) throws GeneralSecurityException {
        KeyStore keys = KeyStore.getInstance("PKCS11", token.provider);
        try {
            keys.load(null, null); // logged in already, through the provider
        } catch (java.io.IOException | ProviderException e) {
            throw new SignerException("cannot list the keys on " + tokenText + " (" + Pkcs11Token.messageChain(e) + ")");
        }
        return keys;
    }

    private static PrivateKey rsaPrivateKey(KeyStore keys, String label, String tokenText) throws GeneralSecurityException {
        if (!keys.containsAlias(label)) {
            List<String> aliases = Collections.list(keys.aliases());
            throw new SignerException("no key labelled '" + label + "' on " + tokenText + " (keys SunPKCS11 sees there: "
                    + aliases + "; it sees a private key only together with a certificate of the same CKA_ID)");
        }
        @Nullable Key key = keys.isKeyEntry(label) ? keys.getKey(label, null) : null;
        if (key == null) {
            throw new SignerException("the object labelled '" + label + "' on " + tokenText + " is a certificate"
                    + " without a private key; Bitget's RSA keys need the RSA private key");
        }
        if (key instanceof SecretKey) {
            throw new SignerException("the key labelled '" + label + "' on " + tokenText + " is a secret ("
                    + key.getAlgorithm() + ") key, not an RSA private key");
        }
        if (!(key instanceof PrivateKey privateKey) || !"RSA".equals(key.getAlgorithm())) {
            throw new SignerException("the key labelled '" + label + "' on " + tokenText + " is an "
                    + key.getAlgorithm() + " key, not an RSA private key; Bitget's RSA API keys need RSA, 2048 bits or more");
        }
        // a sensitive key in a token does not show its modulus; its certificate's public key does
        int bits = keys.getCertificate(label).getPublicKey() instanceof RSAKey rsa ? rsa.getModulus().bitLength() : 0;
        if (bits < RsaSigner.MIN_KEY_BITS) {
            throw new SignerException("the RSA key labelled '" + label + "' on " + tokenText + " has " + bits
                    + " bits; Bitget requires at least " + RsaSigner.MIN_KEY_BITS);
        }
        return privateKey;
    }
}
