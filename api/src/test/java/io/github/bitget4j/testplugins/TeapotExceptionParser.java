package io.github.bitget4j.testplugins;

import io.github.bitget4j.spi.ErrorResponse;
import io.github.bitget4j.spi.ExceptionParser;
import org.jspecify.annotations.Nullable;

/** A test-only exception parser plugin: it claims Bitget code 99999 and passes on everything else. */
public final class TeapotExceptionParser implements ExceptionParser {

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
        return "99999".equals(response.code()) ? new TeapotException("teapot: " + response.message()) : null;
    }
}
