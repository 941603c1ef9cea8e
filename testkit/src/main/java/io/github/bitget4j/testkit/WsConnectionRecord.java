package io.github.bitget4j.testkit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One WebSocket connection the testkit accepted or refused.
 *
 * @param path     e.g. {@code /v3/ws/private}
 * @param openedAt when the upgrade request arrived
 * @param closedAt when the connection ended (for a refused one: at once); null while it is open
 * @param refused  true when the upgrade was answered with HTTP 503 by a fault
 * @param apiKey   the key that logged in on it, null before a successful login
 */
public record WsConnectionRecord(String path, Instant openedAt, @Nullable Instant closedAt, boolean refused,
                                 @Nullable String apiKey) {
}
