/** WebSocket implementation: managed sockets (connect, login, heartbeat, reconnect), frames, local books, WS API. */
@NullMarked
package io.github.bitget4j.internal.ws;

import org.jspecify.annotations.NullMarked;
