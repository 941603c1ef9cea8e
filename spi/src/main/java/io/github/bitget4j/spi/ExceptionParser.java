package io.github.bitget4j.spi;

import org.jspecify.annotations.Nullable;

/**
 * Maps a failed response to a typed exception. All usable parsers are asked in order of priority
 * (highest first); the first non-null answer is thrown. The SDK's own parser answers last and always.
 */
public interface ExceptionParser extends BitgetProvider {

    /**
     * The exception to throw for this response, or null to let the next parser decide.
     *
     * @param response the failed response, as the exception parsers get it
     * @return the exception, or null for the next parser
     */
    @Nullable RuntimeException parse(ErrorResponse response);
}
