package io.github.bitget4j.errors;

import io.github.bitget4j.spi.ErrorResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Too many requests (HTTP 429 or code 429); {@link #retryable()} is true. */
public class BitgetRateLimitException extends BitgetServiceException {

    /**
     * For an exception made without the request's method: a 5xx is then taken as possibly acted on.
     *
     * @param message what went wrong, for people
     * @param httpStatus the HTTP status of the response
     * @param code Bitget's error code, or null when the body had none
     * @param bitgetMessage Bitget's error message, or null when the body had none
     * @param headers the response headers
     * @param body the response body as received
     */
    public BitgetRateLimitException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, code, bitgetMessage, headers, body);
    }

    /**
     * Made from the failed response as the parsers get it, so the request's method is known.
     *
     * @param message what went wrong, for people
     * @param response the failed response, as the exception parsers get it
     */
    public BitgetRateLimitException(String message, ErrorResponse response) {
        super(message, response);
    }
}
