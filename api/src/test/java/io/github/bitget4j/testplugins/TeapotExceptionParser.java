package io.github.bitget4j.testplugins;

import io.github.bitget4j.spi.ErrorResponse;
import io.github.bitget4j.spi.ExceptionParser;
import org.jspecify.annotations.Nullable;

/**
 * A test-only exception parser plugin: it claims Bitget code 40404 (the testkit's answer for an unknown
 * path) and passes on everything else, so a test can see plugin parsers asked before the SDK's own.
 */
public final class TeapotExceptionParser implements ExceptionParser {

    /** Bitget's code for a request URL that does not exist. */
    public static final String CLAIMED_CODE = "40404";

    /** The exception this parser produces. */
    public static final class TeapotException extends RuntimeException {
        public TeapotException(String message) {
            super(message);
        }
    }

    @Override
    public String name() {
        return "teapot";
    }

    @Override
    public @Nullable RuntimeException parse(ErrorResponse response) {
        return CLAIMED_CODE.equals(response.code()) ? new TeapotException("teapot: " + response.message()) : null;
    }
}
