package io.github.bitget4j.errors;

import io.github.bitget4j.spi.ErrorResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** A 5xx answer or a body that is not a Bitget JSON envelope (e.g. an HTML page from a proxy or CDN). */
public class BitgetServerException extends BitgetServiceException {

    public BitgetServerException(String message, int httpStatus, @Nullable String code, @Nullable String bitgetMessage,
            Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, code, bitgetMessage, headers, body);
    }

    /** Made from the failed response as the parsers get it, so the request's method is known. */
    public BitgetServerException(String message, ErrorResponse response) {
        super(message, response);
    }
}
