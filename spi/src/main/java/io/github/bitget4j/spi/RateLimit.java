package io.github.bitget4j.spi;

import java.time.Duration;
import java.util.Objects;

/**
 * A request budget as Bitget documents it: {@code permits} requests per {@code window}, counted per UID (the account
 * behind the API key) or per IP, and shared by every endpoint of the same {@code group}.
 *
 * @param permits requests allowed in one window, at least 1
 * @param window  the length of the window, positive
 * @param scope   whose budget it is
 * @param group   the budget's name: endpoints with the same group draw from one budget (by default an endpoint's
 *                own path)
 */
public record RateLimit(int permits, Duration window, Scope scope, String group) {

    /** Whose requests Bitget counts together. */
    public enum Scope {
        /** Per account (UID): every API key of the account, on every machine. */
        UID,
        /** Per source IP address. */
        IP
    }

    /**
     * Checks the budget.
     *
     * @throws IllegalArgumentException for fewer than 1 permit, a window that is not positive, or a blank group
     * @throws NullPointerException for a null scope
     */
    public RateLimit {
        if (permits < 1) {
            throw new IllegalArgumentException("a rate limit allows at least one request: " + permits);
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a rate limit window must be positive: " + window);
        }
        Objects.requireNonNull(scope, "scope");
        if (group.isBlank()) {
            throw new IllegalArgumentException("a rate limit group needs a name");
        }
    }

    @Override
    public String toString() {
        return permits + "/" + window.toMillis() + "ms per " + scope + " [" + group + "]";
    }
}
