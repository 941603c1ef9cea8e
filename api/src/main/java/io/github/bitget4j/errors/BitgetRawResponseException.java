package io.github.bitget4j.errors;

import java.util.List;
import java.util.Map;

/**
 * With {@code parseExceptions(false)}: any non-success response, exactly as received, without interpretation.
 */
public class BitgetRawResponseException extends BitgetResponseException {

    public BitgetRawResponseException(String message, int httpStatus, Map<String, List<String>> headers, byte[] body) {
        super(message, httpStatus, headers, body);
    }
}
