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
    /** Bitget's msg is one line; a longer one (a proxy echoing a body) stays whole in bitgetMessage(). */
    private static final int MSG_CHARS = 300;

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
        if (r.status() == 429 || "429".equals(r.code())) {
            return new BitgetRateLimitException(message, r);
        }
        if (r.code() == null || r.status() >= 500) {
            return new BitgetServerException(message, r);
        }
        var probe = new BitgetApiException(message, r);
        if (probe.isAuthError()) {
            return new BitgetAuthException(message, r);
        }
        return probe;
    }

    static String describe(ErrorResponse r) {
        String head = r.method() + " " + r.path() + " failed: HTTP " + r.status();
        if (r.code() != null) {
            String msg = r.message();
            return head + ", code " + r.code() + ": " + (msg == null ? null : Snippets.abbreviate(msg, MSG_CHARS));
        }
        String type = r.headers().getOrDefault("Content-Type", java.util.List.of("no content type")).get(0);
        if (r.body().length == 0) {
            return head + " with an empty body (" + type + ")";
        }
        return head + " with a body that is not a Bitget JSON answer (" + type + ", " + r.body().length + " bytes): "
                + snippet(r.bodyText());
    }

    private static String snippet(String text) {
        // only the start is flattened: the body may be megabytes long
        String start = text.length() <= SNIPPET_CHARS * 4 ? text : text.substring(0, SNIPPET_CHARS * 4);
        String flat = start.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS) + "…";
    }
}
