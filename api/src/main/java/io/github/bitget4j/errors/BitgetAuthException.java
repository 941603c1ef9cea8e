package io.github.bitget4j.errors;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Credentials, signature, timestamp or permissions were refused (see {@link #isAuthError()}, {@link #isClockSkew()}). */
public class BitgetAuthException extends BitgetServiceException {

    public BitgetAuthException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, code, bitgetMessage, headers, body);
    }
}
