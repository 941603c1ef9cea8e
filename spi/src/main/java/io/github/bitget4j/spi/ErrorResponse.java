package io.github.bitget4j.spi;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A response that is not a success (HTTP status outside 2xx, or a Bitget code other than {@code "00000"}),
 * handed to the {@link ExceptionParser}s.
 *
 * @param method  HTTP method of the request
 * @param path    request path (without host or query)
 * @param status  HTTP status
 * @param headers response headers (case-insensitive names)
 * @param body    response body as received
 * @param code    Bitget's {@code code} field, if the body was a JSON envelope
 * @param message Bitget's {@code msg} field, if the body was a JSON envelope
 */
public record ErrorResponse(String method, String path, int status, Map<String, List<String>> headers, byte[] body,
        @Nullable String code, @Nullable String message) {

    /** {@return the body as UTF-8 text} */
    public String bodyText() {
        return new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "ErrorResponse[" + method + " " + path + " -> " + status + ", code=" + code + ", msg=" + message + "]";
    }
}
