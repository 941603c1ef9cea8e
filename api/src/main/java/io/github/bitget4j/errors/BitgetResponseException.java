package io.github.bitget4j.errors;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A response was received, and it was not a success: carries the status, headers and body as received.
 * A 5xx to anything but a GET is not a final answer: a gateway may answer 502/504 after Bitget acted on the
 * request, so {@link #requestFate()} is then {@link RequestFate#MAY_HAVE_REACHED_SERVER} and it is not retryable.
 */
public abstract class BitgetResponseException extends BitgetException {

    private final @Nullable String requestMethod;
    private final int httpStatus;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    /**
     * For an exception made without the request's method: a 5xx is then taken as possibly acted on.
     *
     * @param message what went wrong, for people
     * @param httpStatus the HTTP status of the response
     * @param headers the response headers
     * @param body the response body as received
     */
    protected BitgetResponseException(String message, int httpStatus, Map<String, List<String>> headers, byte[] body) {
        this(message, null, httpStatus, headers, body);
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
    protected BitgetResponseException(String message, @Nullable String requestMethod, int httpStatus,
            Map<String, List<String>> headers, byte[] body) {
        super(message, null);
        this.requestMethod = requestMethod;
        this.httpStatus = httpStatus;
        this.headers = headers;
        this.body = body.clone();
    }

    /** {@return the HTTP status of the response} */
    public int httpStatus() {
        return httpStatus;
    }

    /** {@return the HTTP method of the request this answers ({@code GET}, {@code POST}), or null when not known} */
    public @Nullable String requestMethod() {
        return requestMethod;
    }

    /** {@return the response headers (names case-insensitive)} */
    public Map<String, List<String>> headers() {
        return headers;
    }

    /** {@return the response body as received, a copy} */
    public byte[] body() {
        return body.clone();
    }

    /** {@return the response body as UTF-8 text} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /**
     * The wait the server asked for in {@code Retry-After} (seconds, or an HTTP date turned into the time left),
     * or null when it sent none or an unreadable one.
     *
     * @return the wait, or null
     */
    public @Nullable Duration retryAfter() {
        List<String> values = headers.get("Retry-After");
        if (values == null || values.isEmpty()) {
            return null;
        }
        String value = values.get(0).strip();
        try {
            long seconds = Long.parseLong(value);
            return seconds < 0 ? null : Duration.ofSeconds(seconds);
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration left = Duration.between(Instant.now(), at);
                return left.isNegative() ? Duration.ZERO : left;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    /** {@return true when the request answered was a GET: re-sending it cannot act twice} */
    protected final boolean idempotentRequest() {
        return "GET".equalsIgnoreCase(requestMethod) || "HEAD".equalsIgnoreCase(requestMethod);
    }

    /** True for HTTP 429, and for 5xx answers to a GET. */
    @Override
    public boolean retryable() {
        return httpStatus == 429 || (httpStatus >= 500 && idempotentRequest());
    }

    /** {@link RequestFate#ANSWERED}, but for a 5xx to anything other than a GET, which may have been acted on. */
    @Override
    public RequestFate requestFate() {
        return httpStatus >= 500 && !idempotentRequest() ? RequestFate.MAY_HAVE_REACHED_SERVER : RequestFate.ANSWERED;
    }
}
