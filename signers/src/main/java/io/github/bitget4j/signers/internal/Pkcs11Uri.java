package io.github.bitget4j.signers.internal;

import io.github.bitget4j.spi.SignerException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 7512 PKCS#11 URI, e.g.
 * {@code pkcs11:token=bitget;object=trading-key?module-path=/usr/lib/softhsm/libsofthsm2.so&pin-source=file:/run/pin}.
 *
 * <p>Path attributes ({@code ;}-separated) say which token and object; query attributes ({@code &}-separated)
 * say which library and where the PIN is. {@code pin-env=NAME} (the PIN is in an environment variable) is
 * bitget4j's extension. Values are percent-decoded. {@link #toString()} never shows {@code pin-value}.
 */
record Pkcs11Uri(Map<String, String> path, Map<String, String> query) {

    static final String SCHEME = "pkcs11:";
    private static final Set<String> SECRET_ATTRIBUTES = Set.of("pin-value");

    Pkcs11Uri {
        path = Map.copyOf(path);
        query = Map.copyOf(query);
    }

    static boolean looksLikeOne(String secret) {
        return secret.regionMatches(true, 0, SCHEME, 0, SCHEME.length());
    }

    static Pkcs11Uri parse(String uri) {
        String text = uri.strip();
        if (!looksLikeOne(text)) {
            throw new SignerException("not a PKCS#11 URI: it must start with 'pkcs11:'");
        }
        String rest = text.substring(SCHEME.length());
        int question = rest.indexOf('?');
        String pathPart = question < 0 ? rest : rest.substring(0, question);
        String queryPart = question < 0 ? "" : rest.substring(question + 1);
        return new Pkcs11Uri(attributes(pathPart, ";"), attributes(queryPart, "&"));
    }

    @Nullable String token() {
        return path.get("token");
    }

    @Nullable String object() {
        return path.get("object");
    }

    @Nullable String slotId() {
        return path.get("slot-id");
    }

    @Nullable String modulePath() {
        return query.get("module-path");
    }

    @Nullable String query(String name) {
        return query.get(name);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(SCHEME);
        path.forEach((name, value) -> out.append(out.length() > SCHEME.length() ? ";" : "").append(name).append('=').append(value));
        String separator = "?";
        for (var entry : query.entrySet()) {
            String value = SECRET_ATTRIBUTES.contains(entry.getKey()) ? "<redacted>" : entry.getValue();
            out.append(separator).append(entry.getKey()).append('=').append(value);
            separator = "&";
        }
        return out.toString();
    }

    private static Map<String, String> attributes(String part, String separator) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (part.isEmpty()) {
            return attributes;
        }
        for (String attribute : part.split(separator, -1)) {
            int equals = attribute.indexOf('=');
            if (equals <= 0) {
                // the attribute text may be a PIN: name only its position, never its content
                throw new SignerException("the PKCS#11 URI has an attribute without 'name=value' (expected e.g."
                        + " 'token=bitget;object=trading-key?module-path=/usr/lib/softhsm/libsofthsm2.so')");
            }
            String name = attribute.substring(0, equals).strip().toLowerCase(java.util.Locale.ROOT);
            if (attributes.put(name, percentDecode(attribute.substring(equals + 1), name)) != null) {
                throw new SignerException("the PKCS#11 URI gives the attribute '" + name + "' twice");
            }
        }
        return attributes;
    }

    private static String percentDecode(String value, String name) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '%') {
                if (i + 2 >= value.length() || Character.digit(value.charAt(i + 1), 16) < 0
                        || Character.digit(value.charAt(i + 2), 16) < 0) {
                    throw new SignerException("the PKCS#11 URI attribute '" + name + "' has a '%' that is not"
                            + " followed by two hex digits");
                }
                bytes.write(Character.digit(value.charAt(i + 1), 16) * 16 + Character.digit(value.charAt(i + 2), 16));
                i += 2;
            } else {
                int next = value.indexOf('%', i);
                int end = next < 0 ? value.length() : next;
                byte[] encoded = value.substring(i, end).getBytes(StandardCharsets.UTF_8);
                bytes.write(encoded, 0, encoded.length);
                i = end - 1;
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
