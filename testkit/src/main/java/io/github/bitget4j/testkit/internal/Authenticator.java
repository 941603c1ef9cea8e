package io.github.bitget4j.testkit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.jspecify.annotations.Nullable;

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
        boolean demoRequest = "1".equals(headers.get("paptrading"));
        try {
            return verify(apiKey, passphrase, millis, demoRequest, prehash(timestamp, method, path, rawQuery, body), sign, now);
        } catch (Refused e) {
            throw switch (e.refusal) {
                case UNKNOWN_KEY -> ApiError.badRequest("40006", "Invalid ACCESS_KEY");
                case WRONG_PASSPHRASE -> ApiError.badRequest("40012", "apikey/password is incorrect");
                case EXPIRED -> ApiError.badRequest("40008", "Request timestamp expired");
                case WRONG_ENVIRONMENT -> ApiError.badRequest("40099", demoRequest
                        ? "exchange environment is incorrect: live API key with header paptrading"
                        : "exchange environment is incorrect: demo API key without header paptrading: 1");
                case BAD_SIGNATURE -> ApiError.badRequest("40009", "sign signature error");
            };
        }
    }

    /** Why a signed call or login was refused; REST and WebSocket each word it with their own codes. */
    enum Refusal { UNKNOWN_KEY, WRONG_PASSPHRASE, EXPIRED, WRONG_ENVIRONMENT, BAD_SIGNATURE }

    static final class Refused extends RuntimeException {

        final Refusal refusal;

        Refused(Refusal refusal) {
            super(refusal.name(), null, false, false);
            this.refusal = refusal;
        }
    }

    /**
     * The checks REST requests and WebSocket logins share, in Bitget's order: key, passphrase, clock skew,
     * environment, signature.
     *
     * @param timestampMillis the caller's timestamp, Unix ms
     * @param demoRequest     whether the call came in demo mode; null when the protocol cannot tell (WebSocket:
     *                        Bitget tells demo from live by host, and the testkit has one host)
     * @param prehash         the exact bytes that {@code sign} must sign
     * @throws Refused when a check fails
     */
    RegisteredKey verify(String apiKey, String passphrase, long timestampMillis, @Nullable Boolean demoRequest,
                         byte[] prehash, String sign, long now) {
        RegisteredKey key = keys.find(apiKey);
        if (key == null) {
            throw new Refused(Refusal.UNKNOWN_KEY);
        }
        if (!key.passphraseMatches(passphrase)) {
            throw new Refused(Refusal.WRONG_PASSPHRASE);
        }
        if (Math.abs(now - timestampMillis) > MAX_SKEW_MILLIS) {
            throw new Refused(Refusal.EXPIRED);
        }
        if (demoRequest != null && key.demo() != demoRequest) {
            throw new Refused(Refusal.WRONG_ENVIRONMENT);
        }
        if (!key.verifies(prehash, sign)) {
            throw new Refused(Refusal.BAD_SIGNATURE);
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
