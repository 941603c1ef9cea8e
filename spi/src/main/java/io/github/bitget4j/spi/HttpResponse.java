package io.github.bitget4j.spi;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A received HTTP response, whatever its status.
 *
 * @param status  HTTP status code
 * @param headers response headers; names are looked up case-insensitively
 * @param body    body bytes as received (possibly empty)
 */
public record HttpResponse(int status, Map<String, List<String>> headers, byte[] body) {

    /**
     * Copies the headers into an immutable map with case-insensitive names.
     *
     * @param status  HTTP status code
     * @param headers response headers
     * @param body    body bytes as received
     */
    public HttpResponse {
        var copy = new TreeMap<String, List<String>>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = java.util.Collections.unmodifiableMap(copy);
    }

    /**
     * The first value of a header, or null.
     *
     * @param name the header's name, in any case
     * @return its first value, or null when absent
     */
    public @Nullable String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return "HttpResponse[" + status + ", body=" + body.length + " bytes]";
    }
}
