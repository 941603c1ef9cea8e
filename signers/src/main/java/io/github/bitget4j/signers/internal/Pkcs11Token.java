package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.Provider;
import java.security.ProviderException;
import java.security.Security;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.login.LoginException;

/**
 * One logged-in SunPKCS11 provider for one token (library + slot), shared by every signer of this process
 * that uses that token, and logged out when the last of them closes.
 *
 * <p>Why shared: in PKCS#11 the login state belongs to the application (this process), not to a session. A
 * second provider on the same token would find it already logged in, and the first signer's logout would
 * log out every other one. So a token is opened and logged in once, and reference counted.
 *
 * <p>Sessions: SunPKCS11 keeps its own pool of sessions per provider; each {@code Signature.sign} borrows
 * one for the length of the operation and gives it back, so many threads sign in parallel on one login.
 * The provider is never added to {@link Security}'s list: signers name it explicitly, and nothing else in
 * the application can pick it up by accident.
 */
final class Pkcs11Token {

    private static final String SUN_PKCS11 = "SunPKCS11";
    private static final ReentrantLock OPEN_AND_CLOSE = new ReentrantLock();
    private static final Map<String, Pkcs11Token> OPEN = new HashMap<>();
    private static final AtomicInteger NAMES = new AtomicInteger();

    private final String key;
    final AuthProvider provider;
    final String description;
    private int users;

    private Pkcs11Token(String key, AuthProvider provider, String description) {
        this.key = key;
        this.provider = provider;
        this.description = description;
    }

    static boolean isAvailable() {
        return Security.getProvider(SUN_PKCS11) != null;
    }

    /**
     * Opens (or joins) the token in {@code slot} of {@code library} and logs in with {@code pin}, which is
     * wiped afterwards. {@code description} names the token in messages ("token 'bitget' (slot 7) of library ...").
     */
    static Pkcs11Token open(Path library, long slot, char[] pin, String description) {
        String key = library.toAbsolutePath().normalize() + "#" + slot;
        OPEN_AND_CLOSE.lock();
        try {
            Pkcs11Token token = OPEN.get(key);
            if (token == null) {
                token = new Pkcs11Token(key, login(configure(library, slot, description), pin, description), description);
                OPEN.put(key, token);
            }
            // Joining a token that is logged in already cannot check the PIN: PKCS#11 refuses a second login.
            token.users++;
            return token;
        } finally {
            Arrays.fill(pin, '\0');
            OPEN_AND_CLOSE.unlock();
        }
    }

    /** Serialises the native token lookup with opening and closing (see NativeTokenSlots). */
    static <T> T whileNoTokenOpensOrCloses(java.util.function.Supplier<T> work) {
        OPEN_AND_CLOSE.lock();
        try {
            return work.get();
        } finally {
            OPEN_AND_CLOSE.unlock();
        }
    }

    void release() {
        OPEN_AND_CLOSE.lock();
        try {
            if (--users > 0) {
                return;
            }
            OPEN.remove(key);
            try {
                provider.logout();
            } catch (LoginException | ProviderException e) {
                System.getLogger(Pkcs11Token.class.getName()).log(System.Logger.Level.WARNING,
                        "logging out of " + description + " failed (" + e + ")");
            }
        } finally {
            OPEN_AND_CLOSE.unlock();
        }
    }

    private static AuthProvider configure(Path library, long slot, String description) {
        Provider template = Security.getProvider(SUN_PKCS11);
        if (template == null) {
            throw new SignerException("this JDK has no SunPKCS11 provider (module jdk.crypto.cryptoki), which the"
                    + " pkcs11 signer needs");
        }
        // "--" makes the argument the configuration itself rather than a file name.
        String config = "--name = bitget4j-" + NAMES.incrementAndGet() + "\n"
                + "library = \"" + library.toAbsolutePath() + "\"\n"
                + "slot = " + slot + "\n";
        try {
            return (AuthProvider) template.configure(config);
        } catch (RuntimeException e) { // ProviderException, InvalidParameterException: slot or library refused
            throw new SignerException("SunPKCS11 cannot open " + description + ": " + messageChain(e), e);
        }
    }

    private static AuthProvider login(AuthProvider provider, char[] pin, String description) {
        try {
            provider.login(null, callbacks -> {
                for (var callback : callbacks) {
                    if (callback instanceof PasswordCallback password) {
                        password.setPassword(pin);
                    }
                }
            });
            return provider;
        } catch (LoginException e) {
            String reason = messageChain(e);
            String what = reason.contains("CKR_PIN_INCORRECT") ? "the PIN is wrong"
                    : reason.contains("CKR_PIN_LOCKED") ? "the PIN is locked (too many wrong attempts)"
                    : "login failed (" + reason + ")";
            throw new SignerException("cannot log in to " + description + ": " + what);
        }
    }

    /** Exception messages of SunPKCS11 and PKCS#11 (return codes, slot numbers): no key material or PIN. */
    static String messageChain(Throwable e) {
        StringBuilder out = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getMessage() != null && out.indexOf(t.getMessage()) < 0) {
                out.append(out.isEmpty() ? "" : ": ").append(t.getMessage());
            }
        }
        return out.isEmpty() ? e.getClass().getSimpleName() : out.toString();
    }
}
