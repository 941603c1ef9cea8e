package io.github.bitget4j.errors;

import io.github.bitget4j.spi.ErrorResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Credentials, signature, timestamp or permissions were refused (see {@link #isAuthError()}, {@link #isClockSkew()}). */
public class BitgetAuthException extends BitgetServiceException {

    public BitgetAuthException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, code, bitgetMessage, headers, body);
    }

    /** Made from the failed response as the parsers get it, so the request's method is known. */
    public BitgetAuthException(String message, ErrorResponse response) {
        super(message, response);
    }
}
