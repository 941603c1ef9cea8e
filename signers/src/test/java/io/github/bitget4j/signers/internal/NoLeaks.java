package io.github.bitget4j.signers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Asserts that an exception, its causes and its stack trace reveal no part of a key, secret or password. */
final class NoLeaks {

    /** Long enough that a match cannot be chance, short enough to catch a fragment of a key. */
    private static final int FRAGMENT = 16;

    private NoLeaks() {
    }

    static void assertRevealsNothingOf(Throwable thrown, String secret, String... passwords) {
        StringWriter trace = new StringWriter();
        thrown.printStackTrace(new PrintWriter(trace));
        String printed = trace + "\n" + thrown;
        for (String password : passwords) {
            assertThat(printed).as("exception text").doesNotContain(password);
        }
        String material = secret.contains("-----BEGIN") ? TestKeys.base64Body(secret) : secret.strip();
        if (material.isEmpty()) {
            return;
        }
        if (material.length() <= FRAGMENT) {
            assertThat(printed).as("exception text").doesNotContain(material);
            return;
        }
        for (int i = 0; i + FRAGMENT <= material.length(); i++) {
            String fragment = material.substring(i, i + FRAGMENT);
            assertThat(printed.contains(fragment)).as("exception text contains key fragment at %d", i).isFalse();
        }
    }
}
