package io.github.bitget4j.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * With {@code parseExceptions(false)}: any non-success response, exactly as received, without interpretation.
 */
public class BitgetRawResponseException extends BitgetResponseException {

    public BitgetRawResponseException(String message, int httpStatus, Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, headers, body);
    }

    /** @param requestMethod the HTTP method of the request answered, or null when unknown */
    public BitgetRawResponseException(String message, @Nullable String requestMethod, int httpStatus,
            Map<String, List<String>> headers, byte[] body) {
        super(message, requestMethod, httpStatus, headers, body);
    }
}
