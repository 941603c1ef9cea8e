package io.github.bitget4j.errors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** A response was received, and it was not a success: carries the status, headers and body as received. */
public abstract class BitgetResponseException extends BitgetException {

    private final int httpStatus;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    protected BitgetResponseException(String message, int httpStatus, Map<String, List<String>> headers, byte[] body) {
        super(message, null);
        this.httpStatus = httpStatus;
        this.headers = headers;
        this.body = body.clone();
    }

    public int httpStatus() {
        return httpStatus;
    }

    /** Response headers (names case-insensitive). */
    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** True for HTTP 429 and 5xx answers. */
    @Override
    public boolean retryable() {
        return httpStatus == 429 || httpStatus >= 500;
    }
}
