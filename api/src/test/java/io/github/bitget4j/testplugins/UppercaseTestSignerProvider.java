package io.github.bitget4j.testplugins;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerProvider;
import io.github.bitget4j.spi.SignerSpec;
import java.util.Base64;

/**
 * A test-only signer plugin, registered through META-INF/services: it claims secrets starting with
 * "test-upper:" and signs with base64 of the upper-cased message, which the tests can recompute.
 */
public final class UppercaseTestSignerProvider implements SignerProvider {

    public static final String PREFIX = "test-upper:";

    @Override
    public String name() {
        return "test-upper";
    }

    @Override
    public int priority() {
        return 50;
    }

    @Override
    public boolean supports(SignerSpec spec) {
        return spec.secret().startsWith(PREFIX);
    }

    @Override
    public Signer create(SignerSpec spec) {
        return message -> expected(new String(message, java.nio.charset.StandardCharsets.UTF_8));
    }

    public static String expected(String message) {
        return Base64.getEncoder().encodeToString(message.toUpperCase(java.util.Locale.ROOT).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
