package io.github.bitget4j;

/**
 * A custom signer: receives the prehash and the configured {@code apiSecret} and returns the exact
 * {@code ACCESS-SIGN} header value. For Bitget's HMAC scheme that is
 * {@code base64(HMAC-SHA256(secret, message))}: base64, not hex. Called from many threads at once.
 */
@FunctionalInterface
public interface SignMessageFunction {

    /**
     * Signs one request.
     *
     * @param message the prehash: timestamp, method, path with query, and body, concatenated as Bitget specifies
     * @param secret the configured {@code apiSecret}
     * @return the {@code ACCESS-SIGN} header value
     */
    String sign(String message, String secret);
}
