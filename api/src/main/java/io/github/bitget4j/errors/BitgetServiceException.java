package io.github.bitget4j.errors;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Bitget, or something between us and Bitget, answered with an error: an HTTP status outside 2xx or a
 * Bitget {@code code} other than {@code "00000"}. Carries everything that was received.
 */
public class BitgetServiceException extends BitgetResponseException {

    private static final Set<String> AUTH_CODES = Set.of("40001", "40002", "40003", "40004", "40005", "40006",
            "40007", "40008", "40009", "40010", "40011", "40012", "40037");

    private final @Nullable String code;
    private final @Nullable String bitgetMessage;

    public BitgetServiceException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, headers, body);
        this.code = code;
        this.bitgetMessage = bitgetMessage;
    }

    /** Bitget's error code (e.g. {@code "40009"}), or null when the body was not a Bitget JSON envelope. */
    public @Nullable String code() {
        return code;
    }

    /** Bitget's {@code msg}, or null when the body was not a Bitget JSON envelope. */
    public @Nullable String bitgetMessage() {
        return bitgetMessage;
    }

    /** HTTP 429 or Bitget code 429: slow down, then retry. */
    public boolean isRateLimited() {
        return httpStatus() == 429 || "429".equals(code);
    }

    /** Code 40008: the request timestamp is too far from Bitget's clock. */
    public boolean isClockSkew() {
        return "40008".equals(code);
    }

    /** Codes 40001..40012 and 40037: missing or wrong credentials, signature or timestamp. */
    public boolean isAuthError() {
        return code != null && AUTH_CODES.contains(code);
    }

    /** True for rate limits and 5xx answers; false for business errors such as an insufficient balance. */
    @Override
    public boolean retryable() {
        return isRateLimited() || httpStatus() >= 500;
    }
}
