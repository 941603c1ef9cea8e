package io.github.bitget4j.errors;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Bitget refused a private socket's login ({@code {"event":"error","code":30005,...}}): wrong key, passphrase or
 * signature, a timestamp too far off, or a demo key on the live host. There is no HTTP status ({@code 0});
 * {@link #bodyText()} is the refusal as received.
 */
public class WsLoginException extends BitgetAuthException {

    /**
     * A login Bitget refused.
     *
     * @param message what went wrong, for people
     * @param code Bitget's error code, or null
     * @param bitgetMessage Bitget's error message, or null
     * @param frame the error frame as received
     */
    public WsLoginException(String message, @Nullable String code, @Nullable String bitgetMessage, String frame) {
        super(message, 0, code, bitgetMessage, Map.of(), frame.getBytes(StandardCharsets.UTF_8));
    }

    /** A refused login is not fixed by sending it again unchanged. */
    @Override
    public boolean retryable() {
        return false;
    }
}
