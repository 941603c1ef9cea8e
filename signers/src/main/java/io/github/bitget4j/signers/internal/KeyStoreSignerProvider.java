package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.UnrecoverableKeyException;
import java.security.interfaces.RSAPrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Signs with an RSA key from a JCA key store file (PKCS#12 by default), selected by an API secret
 * {@code keystore:/path/to/key.p12}. Settings, from {@code signerProperties} first, then the environment:
 * <ul>
 *   <li>{@code keystore.password} / {@code BITGET4J_KEYSTORE_PASSWORD} (else the {@code keyPassword} option);
 *       {@code keystore.password-env=NAME} reads it from the environment variable NAME instead</li>
 *   <li>{@code keystore.alias} / {@code BITGET4J_KEYSTORE_ALIAS}: which entry (optional when the store holds one key)</li>
 *   <li>{@code keystore.key-password}: the entry's own password when it differs from the store's</li>
 *   <li>{@code keystore.type}: {@code PKCS12} (default) or any type the JDK knows</li>
 * </ul>
 * The key is read once; signing is the same as with a PEM key ({@link RsaSigner}).
 */
public final class KeyStoreSignerProvider implements SignerProvider {

    static final String NAME = "keystore";
    static final String SCHEME = "keystore:";
    static final String PASSWORD = "keystore.password";
    static final String PASSWORD_ENV = "keystore.password-env";
    static final String ALIAS = "keystore.alias";
    static final String KEY_PASSWORD = "keystore.key-password";
    static final String TYPE = "keystore.type";
    static final String PASSWORD_VARIABLE = "BITGET4J_KEYSTORE_PASSWORD";
    static final String ALIAS_VARIABLE = "BITGET4J_KEYSTORE_ALIAS";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 20;
    }

    @Override
    public boolean supports(SignerSpec spec) {
        return spec.secret().strip().regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    @Override
    public Signer create(SignerSpec spec) {
        Path file = Path.of(spec.secret().strip().substring(SCHEME.length()).replaceFirst("^//(?=/)", ""));
        Map<String, String> settings = spec.properties();
        String type = settings.getOrDefault(TYPE, "PKCS12");
        char[] password = password(spec);
        KeyStore store = load(file, type, password);
        String alias = alias(store, file, firstNonNull(settings.get(ALIAS), System.getenv(ALIAS_VARIABLE)));
        String keyPassword = settings.get(KEY_PASSWORD);
        Key key;
        try {
            key = store.getKey(alias, keyPassword != null ? keyPassword.toCharArray() : password);
            java.util.Arrays.fill(password, '\0');
        } catch (UnrecoverableKeyException e) {
            throw new SignerException("the key password of entry '" + alias + "' in " + file + " is wrong"
                    + (keyPassword == null ? " (set " + KEY_PASSWORD + " if it differs from the key store's)" : ""));
        } catch (GeneralSecurityException e) {
            throw new SignerException("cannot read entry '" + alias + "' of " + file + " (" + e.getClass().getSimpleName() + ")");
        }
        if (!(key instanceof RSAPrivateKey rsa)) {
            throw new SignerException("the entry '" + alias + "' in " + file + " is "
                    + (key == null ? "not a key" : "a " + key.getAlgorithm() + " " + (key instanceof javax.crypto.SecretKey ? "secret" : "private")
                    + " key") + ", not an RSA private key; Bitget's RSA API keys need RSA, 2048 bits or more");
        }
        return new RsaSigner(rsa);
    }

    @Override
    public String toString() {
        return "KeyStoreSignerProvider[name=" + NAME + ", priority=" + priority() + "]";
    }

    private static char[] password(SignerSpec spec) {
        Map<String, String> settings = spec.properties();
        String variable = settings.get(PASSWORD_ENV);
        if (variable != null) {
            String value = System.getenv(variable);
            if (value == null) {
                throw new SignerException("the key store password is to come from the environment variable " + variable
                        + " (" + PASSWORD_ENV + "), but it is not set");
            }
            return value.toCharArray();
        }
        String password = firstNonNull(settings.get(PASSWORD), System.getenv(PASSWORD_VARIABLE), spec.keyPassword());
        if (password == null) {
            throw new SignerException("no key store password: set the signer property " + PASSWORD + " (or "
                    + PASSWORD_ENV + "=VARIABLE), the environment variable " + PASSWORD_VARIABLE + ", or keyPassword");
        }
        return password.toCharArray();
    }

    private static KeyStore load(Path file, String type, char[] password) {
        if (!Files.isRegularFile(file)) {
            throw new SignerException("the key store file " + file + " does not exist");
        }
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance(type);
            store.load(in, password);
            return store;
        } catch (IOException e) {
            boolean wrongPassword = e.getCause() instanceof UnrecoverableKeyException
                    || String.valueOf(e.getMessage()).contains("password");
            throw new SignerException(wrongPassword ? "the password of the key store " + file + " is wrong"
                    : "cannot read the key store " + file + " as " + type + " (" + e.getClass().getSimpleName() + ")");
        } catch (GeneralSecurityException e) {
            throw new SignerException("cannot read the key store " + file + " as " + type + " ("
                    + e.getClass().getSimpleName() + ")");
        }
    }

    private static String alias(KeyStore store, Path file, @Nullable String wanted) {
        try {
            List<String> keyEntries = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyEntries.add(alias);
                }
            }
            if (wanted != null) {
                if (!store.containsAlias(wanted)) {
                    throw new SignerException("no entry '" + wanted + "' in the key store " + file + " (key entries: "
                            + keyEntries + ")");
                }
                return wanted;
            }
            if (keyEntries.size() != 1) {
                throw new SignerException("the key store " + file + " holds " + keyEntries.size() + " keys " + keyEntries
                        + "; choose one with the signer property " + ALIAS);
            }
            return keyEntries.get(0);
        } catch (java.security.KeyStoreException e) {
            throw new SignerException("cannot list the entries of " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    @SafeVarargs
    private static <T> @Nullable T firstNonNull(@Nullable T... values) {
        for (T value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
