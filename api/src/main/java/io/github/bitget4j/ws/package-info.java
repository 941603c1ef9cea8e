/**
 * WebSocket types shared by {@link io.github.bitget4j.WebsocketClientV2}, {@link io.github.bitget4j.WebsocketClientV3}
 * and {@link io.github.bitget4j.WebsocketApiClient}: sockets ({@link io.github.bitget4j.ws.WsKey}), topics,
 * listeners, pushed events decoded to records, and the view of a locally maintained order book.
 *
 * <p>Subscriptions, reconnection, books and orders over WebSocket, with what each failure means: see
 * the README, section "WebSocket streams and orders over WebSocket" ({@code
 * README.md#websocket-streams-and-orders-over-websocket}); who owns
 * what and the error rules: the README, section "Calls, errors and threads" ({@code
 * README.md#calls-errors-and-threads}).
 */
@NullMarked
package io.github.bitget4j.ws;

import org.jspecify.annotations.NullMarked;
