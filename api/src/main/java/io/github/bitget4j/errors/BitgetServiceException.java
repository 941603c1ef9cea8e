package io.github.bitget4j.errors;

import io.github.bitget4j.spi.ErrorResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bitget, or something between us and Bitget, answered with an error: an HTTP status outside 2xx or a
 * Bitget {@code code} other than {@code "00000"}. Carries everything that was received.
 */
public class BitgetServiceException extends BitgetResponseException {

    /** Credentials, signature, timestamp, permissions, IP allow-list and environment (demo vs. live) refusals. */
    private static final Set<String> AUTH_CODES = Set.of("40001", "40002", "40003", "40004", "40005", "40006",
            "40007", "40008", "40009", "40010", "40011", "40012", "40014", "40018", "40037", "40099");

    private final @Nullable String code;
    private final @Nullable String bitgetMessage;

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
    public BitgetServiceException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, headers, body);
        this.code = code;
        this.bitgetMessage = bitgetMessage;
    }

    /**
     * Made from the failed response as the parsers get it, so the request's method is known.
     *
     * @param message what went wrong, for people
     * @param response the failed response, as the exception parsers get it
     */
    public BitgetServiceException(String message, ErrorResponse response) {
        super(message, response.method(), response.status(), response.headers(), response.body());
        this.code = response.code();
        this.bitgetMessage = response.message();
    }

    /** {@return Bitget's error code (e.g. {@code "40009"}), or null when the body was not a Bitget JSON envelope} */
    public @Nullable String code() {
        return code;
    }

    /** {@return Bitget's {@code msg} as received (whole; the exception message holds at most its start), or null} */
    public @Nullable String bitgetMessage() {
        return bitgetMessage;
    }

    /** {@return true for HTTP 429 or Bitget code 429: slow down, then retry} */
    public boolean isRateLimited() {
        return httpStatus() == 429 || "429".equals(code);
    }

    /** {@return true for code 40008: the request timestamp is too far from Bitget's clock} */
    public boolean isClockSkew() {
        return "40008".equals(code);
    }

    /**
     * Codes 40001..40012, 40014 (permissions), 40018 (IP not allowed), 40037 and 40099 (a demo key on the live
     * environment or the reverse): the credentials or where they are used are refused.
     *
     * @return true for those codes
     */
    public boolean isAuthError() {
        return code != null && AUTH_CODES.contains(code);
    }

    /** True for rate limits and 5xx answers to a GET; false for business errors and for a 5xx to a POST. */
    @Override
    public boolean retryable() {
        return isRateLimited() || super.retryable();
    }
}
