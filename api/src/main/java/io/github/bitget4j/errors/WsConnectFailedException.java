package io.github.bitget4j.errors;

import org.jspecify.annotations.Nullable;

/**
 * A socket that has never been up could not be opened: unknown host, connection refused, TLS or upgrade failure, or
 * no answer within the connect timeout. The message names the URL and the cause. The call that opened it had no
 * effect (its subscriptions are not remembered); the next call tries again.
 */
public class WsConnectFailedException extends BitgetConnectionException {

    private final String url;

    /**
     * A socket that could not be opened; nothing was sent.
     *
     * @param url the WebSocket URL
     * @param reason why, for people
     * @param timeout whether the connect timed out
     * @param cause the underlying failure, or null
     */
    public WsConnectFailedException(String url, String reason, boolean timeout, @Nullable Throwable cause) {
        super("cannot open " + url + ": " + reason, timeout, false, cause);
        this.url = url;
    }

    /** {@return the WebSocket URL that could not be opened} */
    public String url() {
        return url;
    }
}
