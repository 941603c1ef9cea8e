package io.github.bitget4j.errors;

import io.github.bitget4j.spi.ErrorResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Too many requests (HTTP 429 or code 429); {@link #retryable()} is true. */
public class BitgetRateLimitException extends BitgetServiceException {

    public BitgetRateLimitException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, code, bitgetMessage, headers, body);
    }

    /** Made from the failed response as the parsers get it, so the request's method is known. */
    public BitgetRateLimitException(String message, ErrorResponse response) {
        super(message, response);
    }
}
