/**
 * bitget4j: clients for Bitget's REST APIs ({@link io.github.bitget4j.RestClientV2} for the classic account,
 * {@link io.github.bitget4j.RestClientV3} for the unified trading account), for their WebSocket streams
 * ({@link io.github.bitget4j.WebsocketClientV2}, {@link io.github.bitget4j.WebsocketClientV3}) and for orders over
 * WebSocket ({@link io.github.bitget4j.WebsocketApiClient}), all built from one {@link
 * io.github.bitget4j.ClientOptions}.
 *
 * <p>Who owns what: a client owns the transport and signer it created and releases them in {@code close()}; a
 * transport passed in the options stays the caller's. What a failure means, and when a request may be sent again
 * ({@link io.github.bitget4j.errors.BitgetException#requestFate()}): see the README, section "Calls, errors and
 * threads" ({@code README.md#calls-errors-and-threads}), and for automatic
 * re-sends {@link io.github.bitget4j.RetryPolicy} and the README, section "Safe automatic retries" ({@code
 * README.md#safe-automatic-retries}).
 */
@NullMarked
package io.github.bitget4j;

import org.jspecify.annotations.NullMarked;
