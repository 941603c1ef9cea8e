package io.github.bitget4j.testkit.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the server answers to one request.
 *
 * @param code the Bitget code in the body, null when the body is not a Bitget envelope
 */
record Reply(int status, String contentType, byte[] body, @Nullable String code) {

    static final String JSON = "application/json";

    static Reply json(int status, byte[] body, String code) {
        return new Reply(status, JSON, body, code);
    }
}
