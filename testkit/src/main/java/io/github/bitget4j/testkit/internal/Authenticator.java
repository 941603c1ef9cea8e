package io.github.bitget4j.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;

/**
 * Bitget's checks on a signed request, in Bitget's order: missing headers (40001, 40002, 40003, 40011),
 * timestamp format (40005), unknown key (40006), passphrase (40012), clock skew (40008),
 * environment (40099), signature (40009).
 */
final class Authenticator {

    /** Bitget accepts a timestamp within about 30 s of its clock. */
    static final long MAX_SKEW_MILLIS = 30_000;

    private final KeyRegistry keys;

    Authenticator(KeyRegistry keys) {
        this.keys = keys;
    }

    /**
     * @param rawQuery the query exactly as on the wire, empty when none
     * @param body     the body bytes exactly as received
     * @param now      server time, Unix ms
     * @return the key that signed the request
     * @throws ApiError when any check fails
     */
    RegisteredKey authenticate(HttpFields headers, String method, String path, String rawQuery, byte[] body, long now) {
        String apiKey = requireHeader(headers, "ACCESS-KEY", "40001", "ACCESS_KEY cannot be empty");
        String sign = requireHeader(headers, "ACCESS-SIGN", "40002", "ACCESS_SIGN cannot be empty");
        String timestamp = requireHeader(headers, "ACCESS-TIMESTAMP", "40003", "ACCESS_TIMESTAMP cannot be empty");
        String passphrase = requireHeader(headers, "ACCESS-PASSPHRASE", "40011", "ACCESS_PASSPHRASE cannot be empty");
        long millis = parseTimestamp(timestamp);
        RegisteredKey key = keys.find(apiKey);
        if (key == null) {
            throw ApiError.badRequest("40006", "Invalid ACCESS_KEY");
        }
        if (!key.passphraseMatches(passphrase)) {
            throw ApiError.badRequest("40012", "apikey/password is incorrect");
        }
        if (Math.abs(now - millis) > MAX_SKEW_MILLIS) {
            throw ApiError.badRequest("40008", "Request timestamp expired");
        }
        boolean demoRequest = "1".equals(headers.get("paptrading"));
        if (key.demo() != demoRequest) {
            throw ApiError.badRequest("40099", key.demo()
                    ? "exchange environment is incorrect: demo API key without header paptrading: 1"
                    : "exchange environment is incorrect: live API key with header paptrading");
        }
        if (!key.verifies(prehash(timestamp, method, path, rawQuery, body), sign)) {
            throw ApiError.badRequest("40009", "sign signature error");
        }
        return key;
    }

    /** timestamp + METHOD + path + ("?" + raw query, only if non-empty) + raw body, as bytes. */
    static byte[] prehash(String timestamp, String method, String path, String rawQuery, byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 + path.length() + rawQuery.length() + body.length);
        out.writeBytes(timestamp.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(method.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(path.getBytes(StandardCharsets.UTF_8));
        if (!rawQuery.isEmpty()) {
            out.write('?');
            out.writeBytes(rawQuery.getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static long parseTimestamp(String timestamp) {
        if (timestamp.length() > 18 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw ApiError.badRequest("40005", "Invalid ACCESS_TIMESTAMP");
        }
        return Long.parseLong(timestamp);
    }

    private static String requireHeader(HttpFields headers, String name, String code, String msg) {
        String v = headers.get(name);
        if (v == null || v.isBlank()) {
            throw ApiError.badRequest(code, msg);
        }
        return v;
    }
}
