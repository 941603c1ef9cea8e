package io.github.bitget4j.internal;

import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.errors.BitgetAuthException;
import io.github.bitget4j.errors.BitgetRateLimitException;
import io.github.bitget4j.errors.BitgetServerException;
import io.github.bitget4j.errors.BitgetServiceException;
import io.github.bitget4j.spi.ErrorResponse;
import io.github.bitget4j.spi.ExceptionParser;

/** The SDK's own mapping of failed responses to typed exceptions; asked after every plugin parser. */
final class DefaultExceptionParser implements ExceptionParser {

    private static final int SNIPPET_CHARS = 160;

    @Override
    public String name() {
        return "default";
    }

    @Override
    public int priority() {
        return Integer.MIN_VALUE;
    }

    @Override
    public BitgetServiceException parse(ErrorResponse r) {
        String message = describe(r);
        var headers = r.headers();
        var body = r.body();
        if (r.status() == 429 || "429".equals(r.code())) {
            return new BitgetRateLimitException(message, r.status(), r.code(), r.message(), headers, body);
        }
        if (r.code() == null || r.status() >= 500) {
            return new BitgetServerException(message, r.status(), r.code(), r.message(), headers, body);
        }
        var probe = new BitgetApiException(message, r.status(), r.code(), r.message(), headers, body);
        if (probe.isAuthError() || "40014".equals(r.code()) || "40018".equals(r.code()) || "40099".equals(r.code())) {
            return new BitgetAuthException(message, r.status(), r.code(), r.message(), headers, body);
        }
        return probe;
    }

    static String describe(ErrorResponse r) {
        String head = r.method() + " " + r.path() + " failed: HTTP " + r.status();
        if (r.code() != null) {
            return head + ", code " + r.code() + ": " + r.message();
        }
        String type = r.headers().getOrDefault("Content-Type", java.util.List.of("no content type")).get(0);
        if (r.body().length == 0) {
            return head + " with an empty body (" + type + ")";
        }
        return head + " with a body that is not a Bitget JSON answer (" + type + ", " + r.body().length + " bytes): "
                + snippet(r.bodyText());
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
    }
}
