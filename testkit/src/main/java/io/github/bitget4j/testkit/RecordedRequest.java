package io.github.bitget4j.testkit;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One request as the server received it, and what it answered.
 *
 * @param method     the HTTP method as sent
 * @param path       the path as sent, without the query
 * @param rawQuery   the query string exactly as on the wire (still percent-encoded), empty when none
 * @param headers    header name to values; look-ups through {@link #header(String)} ignore case
 * @param receivedAt when the request arrived (server wall clock, without any configured clock offset)
 * @param status     HTTP status of the answer; 0 when the connection was dropped without an answer
 * @param code       the Bitget {@code code} of the answer, null when the body was not a Bitget envelope
 * @param body the request body as received
 */
public record RecordedRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        Instant receivedAt,
        int status,
        @Nullable String code) {

    private static final Set<String> SECRET_HEADERS = Set.of("access-sign", "access-passphrase");

    /**
     * The first value of a header (name compared ignoring case), or null.
     *
     * @param name the header's name, in any case
     * @return its first value, or null when absent
     */
    public @Nullable String header(String name) {
        for (Map.Entry<String, List<String>> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name) && !e.getValue().isEmpty()) {
                return e.getValue().getFirst();
            }
        }
        return null;
    }

    /** {@return the body decoded as UTF-8} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return the path plus {@code ?rawQuery} when there is a query} */
    public String pathAndQuery() {
        return rawQuery.isEmpty() ? path : path + "?" + rawQuery;
    }

    /** Omits the body and the values of ACCESS-SIGN and ACCESS-PASSPHRASE. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("RecordedRequest[").append(method).append(' ').append(pathAndQuery())
                .append(", status=").append(status).append(", code=").append(code).append(", headers={");
        headers.forEach((name, values) -> sb.append(name).append('=')
                .append(SECRET_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT)) ? "<redacted>" : values)
                .append(", "));
        return sb.append("}, bodyBytes=").append(body.length).append(", receivedAt=").append(receivedAt).append(']').toString();
    }
}
