package io.github.bitget4j.errors;

import io.github.bitget4j.spi.ErrorResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A business error from Bitget with HTTP 2xx/4xx and a code, e.g. 43012 insufficient balance or 43001 no such order. */
public class BitgetApiException extends BitgetServiceException {

    public BitgetApiException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, code, bitgetMessage, headers, body);
    }

    /** Made from the failed response as the parsers get it, so the request's method is known. */
    public BitgetApiException(String message, ErrorResponse response) {
        super(message, response);
    }
}
