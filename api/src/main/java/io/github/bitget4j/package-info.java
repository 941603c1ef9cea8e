/**
 * bitget4j: clients for Bitget's REST APIs ({@link io.github.bitget4j.RestClientV2} for the classic account,
 * {@link io.github.bitget4j.RestClientV3} for the unified trading account), for their WebSocket streams
 * ({@link io.github.bitget4j.WebsocketClientV2}, {@link io.github.bitget4j.WebsocketClientV3}) and for orders over
 * WebSocket ({@link io.github.bitget4j.WebsocketApiClient}), all built from one {@link io.github.bitget4j.ClientOptions}.
 */
@NullMarked
package io.github.bitget4j;

import org.jspecify.annotations.NullMarked;
