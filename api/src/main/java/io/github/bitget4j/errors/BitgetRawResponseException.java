package io.github.bitget4j.errors;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * With {@code parseExceptions(false)}: any non-success response, exactly as received, without interpretation.
 */
public class BitgetRawResponseException extends BitgetException {

    private final int httpStatus;
    private final Map<String, List<String>> headers;
    private final byte[] body;

    public BitgetRawResponseException(String message, int httpStatus, Map<String, List<String>> headers, byte[] body) {
        super(message, null);
        this.httpStatus = httpStatus;
        this.headers = headers;
        this.body = body.clone();
    }

    public int httpStatus() {
        return httpStatus;
    }

    public Map<String, List<String>> headers() {
        return headers;
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    @Override
    public boolean retryable() {
        return httpStatus == 429 || httpStatus >= 500;
    }
}
