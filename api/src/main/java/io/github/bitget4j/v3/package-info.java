/**
 * Unified-trading-account (V3) endpoints, grouped by product area. {@link io.github.bitget4j.RestClientV3}
 * implements every interface here, so all methods are called on the client under the names Bitget's SDKs use.
 * Each method's doc names its HTTP method, path, signing and rate limit.
 *
 * <p>Who owns what and what a failure means (and whether the request may have reached Bitget): see
 * the README, section "Calls, errors and threads" ({@code README.md#calls-errors-and-threads}); rate limits: the
 * README, section "Rate limits" ({@code README.md#rate-limits}).
 */
@NullMarked
package io.github.bitget4j.v3;

import org.jspecify.annotations.NullMarked;
