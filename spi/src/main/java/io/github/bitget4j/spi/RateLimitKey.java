package io.github.bitget4j.spi;

/**
 * One budget: a limit and whose it is.
 *
 * @param owner who the budget belongs to, the same in every process that shares it: for {@link RateLimit.Scope#UID}
 *              a one-way digest of the Bitget host and the API key (never the key itself), for
 *              {@link RateLimit.Scope#IP} the Bitget host ({@code ip@https://api.bitget.com}); a limiter shared by
 *              several machines adds its own machine's identity to IP budgets
 * @param limit the limit of the budget
 */
public record RateLimitKey(String owner, RateLimit limit) {

    /** {@return {@code owner:group}, a stable name for the budget, e.g. for a key in a shared store} */
    public String id() {
        return owner + ":" + limit.group();
    }
}
