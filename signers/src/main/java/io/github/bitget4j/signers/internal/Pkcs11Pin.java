package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where the token's user PIN comes from, first match wins: the URI's {@code pin-value}, its
 * {@code pin-source} (a {@code file:} path, read once; one trailing newline is dropped), its
 * {@code pin-env=NAME} (bitget4j's extension: the environment variable NAME), then the client option
 * {@code keyPassword}. Messages name the source, never the PIN.
 */
final class Pkcs11Pin {

    private Pkcs11Pin() {
    }

    static char[] resolve(Pkcs11Uri uri, SignerSpec spec) {
        String value = uri.query("pin-value");
        if (value != null) {
            return value.toCharArray();
        }
        String source = uri.query("pin-source");
        if (source != null) {
            return fromFile(source);
        }
        String variable = uri.query("pin-env");
        if (variable != null) {
            String fromEnvironment = System.getenv(variable);
            if (fromEnvironment == null || fromEnvironment.isEmpty()) {
                throw new SignerException("the PKCS#11 URI takes the PIN from the environment variable " + variable
                        + " (pin-env), but it is not set");
            }
            return fromEnvironment.toCharArray();
        }
        @Nullable String keyPassword = spec.keyPassword();
        if (keyPassword != null && !keyPassword.isEmpty()) {
            return keyPassword.toCharArray();
        }
        throw new SignerException("no PIN for the PKCS#11 token: add pin-source=file:/path/to/pin-file (or pin-env=VARIABLE,"
                + " or pin-value=...) to the URI's query, or set the keyPassword option");
    }

    private static char[] fromFile(String source) {
        String location = source.regionMatches(true, 0, "file:", 0, 5) ? source.substring(5) : source;
        if (location.startsWith("//")) {
            location = location.substring(2); // file:///run/pin
        }
        Path file = Path.of(location);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SignerException("cannot read the PIN file " + file + " given as pin-source ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (text.endsWith("\n")) {
            text = text.substring(0, text.length() - (text.endsWith("\r\n") ? 2 : 1));
        }
        if (text.isEmpty()) {
            throw new SignerException("the PIN file " + file + " given as pin-source is empty");
        }
        return text.toCharArray();
    }
}
