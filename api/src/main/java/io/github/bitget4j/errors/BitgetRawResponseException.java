package io.github.bitget4j.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * With {@code parseExceptions(false)}: any non-success response, exactly as received, without interpretation.
 */
public class BitgetRawResponseException extends BitgetResponseException {

    /**
     * For an exception made without the request's method: a 5xx is then taken as possibly acted on.
     *
     * @param message what went wrong, for people
     * @param httpStatus the HTTP status of the response
     * @param headers the response headers
     * @param body the response body as received
     */
    public BitgetRawResponseException(String message, int httpStatus, Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, headers, body);
    }

    /**
     * For an exception that knows the request's method, which decides whether a 5xx may have been acted on.
     *
     * @param message what went wrong, for people
     * @param requestMethod the HTTP method of the request answered, or null when unknown
     * @param httpStatus the HTTP status of the response
     * @param headers the response headers
     * @param body the response body as received
     */
    public BitgetRawResponseException(String message, @Nullable String requestMethod, int httpStatus,
            Map<String, List<String>> headers, byte[] body) {
        super(message, requestMethod, httpStatus, headers, body);
    }
}
