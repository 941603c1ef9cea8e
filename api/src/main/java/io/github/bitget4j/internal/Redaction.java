package io.github.bitget4j.internal;

import org.jspecify.annotations.Nullable;

/** How secrets and identifiers are shown in logs and toString(). */
public final class Redaction {

    private Redaction() {
    }

    /** The API key identifies an account: show just enough of it to tell two apart. */
    public static String maskKey(@Nullable String key) {
        if (key == null) {
            return "none";
        }
        return key.length() <= 8 ? "<redacted>" : key.substring(0, 4) + "…(" + key.length() + " chars)";
    }

    public static String redacted(@Nullable String value) {
        return value == null ? "none" : "<redacted>";
    }
}
