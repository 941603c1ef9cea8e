package io.github.bitget4j.internal;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Logs requests and responses (BITGETTRACE=true or the trace option) through System.Logger
 * "io.github.bitget4j.trace" at INFO. The passphrase, the signature and secret-looking JSON fields are
 * redacted; the API key is shortened.
 */
final class Tracer {

    static final String LOGGER_NAME = "io.github.bitget4j.trace";
    private static final System.Logger LOG = System.getLogger(LOGGER_NAME);
    private static final Set<String> SECRET_HEADERS = Set.of("access-sign", "access-passphrase", "proxy-authorization",
            "authorization");
    /** JSON fields that carry secrets in some Bitget bodies (e.g. the answer of creating a sub-account API key). */
    private static final Pattern SECRET_FIELDS = Pattern.compile(
            "(\"(?:secretKey|secret|apiSecret|passphrase|apiPass|password|passwd|sign|signature|privateKey)\"\\s*:\\s*)\"(?:[^\"\\\\]|\\\\.)*\"",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_BODY_CHARS = 4_096;

    private final boolean enabled;

    Tracer(boolean enabled) {
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    void request(HttpRequest request) {
        if (!enabled) {
            return;
        }
        LOG.log(Level.INFO, () -> ">> " + request.method() + " " + request.url() + " headers=" + headers(request.headers())
                + " body=" + body(request.body()));
    }

    void response(HttpRequest request, HttpResponse response, long nanos) {
        if (!enabled) {
            return;
        }
        LOG.log(Level.INFO, () -> "<< " + response.status() + " " + request.method() + " " + request.url() + " in "
                + (nanos / 1_000_000) + " ms body=" + body(response.body()));
    }

    void failure(HttpRequest request, RuntimeException error) {
        if (!enabled) {
            return;
        }
        LOG.log(Level.INFO, () -> "<< failed " + request.method() + " " + request.url() + ": " + error.getMessage());
    }

    /**
     * A failed call about to be sent again: always logged (at INFO on the trace logger when tracing, else at DEBUG),
     * so that automatic re-sends never go unseen.
     */
    void retry(io.github.bitget4j.Endpoint<?> endpoint, java.time.Duration delay, String what, RuntimeException cause) {
        LOG.log(enabled ? Level.INFO : Level.DEBUG, () -> "retrying " + endpoint + " in " + delay.toMillis() + " ms ("
                + what + ") after: " + cause.getMessage());
    }

    private static String headers(Map<String, String> headers) {
        var out = new StringBuilder("{");
        headers.forEach((name, value) -> {
            if (out.length() > 1) {
                out.append(", ");
            }
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            out.append(name).append('=');
            if (SECRET_HEADERS.contains(lower)) {
                out.append("<redacted>");
            } else if (lower.equals("access-key")) {
                out.append(Redaction.maskKey(value));
            } else {
                out.append(value);
            }
        });
        return out.append('}').toString();
    }

    static String body(byte[] body) {
        if (body.length == 0) {
            return "<empty>";
        }
        // redact the whole text first: cut first, a secret crossing the cut would no longer match and would print
        String text = redactSecrets(new String(body, StandardCharsets.UTF_8));
        return text.length() <= MAX_BODY_CHARS ? text : text.substring(0, MAX_BODY_CHARS) + "…(" + body.length + " bytes)";
    }

    static String redactSecrets(String json) {
        return SECRET_FIELDS.matcher(json).replaceAll("$1\"<redacted>\"");
    }
}
