/**
 * WebSocket types shared by {@link io.github.bitget4j.WebsocketClientV2}, {@link io.github.bitget4j.WebsocketClientV3}
 * and {@link io.github.bitget4j.WebsocketApiClient}: sockets ({@link io.github.bitget4j.ws.WsKey}), topics,
 * listeners, pushed events decoded to records, and the view of a locally maintained order book.
 */
@NullMarked
package io.github.bitget4j.ws;

import org.jspecify.annotations.NullMarked;
