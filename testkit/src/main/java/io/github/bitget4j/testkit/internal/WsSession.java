package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.jspecify.annotations.Nullable;

/**
 * One accepted WebSocket connection of the testkit. Public only because Jetty's listener API calls its
 * endpoint methods through public lookups; not part of the testkit's API.
 */
public final class WsSession implements Session.Listener.AutoDemanding {

    final String path;
    final boolean v3;
    final boolean privatePath;
    final Instant openedAt = Instant.now();
    /** Canonical subscription text to the arg as the client sent it. */
    final Map<String, JsonObject> subscriptions = new ConcurrentHashMap<>();
    /** Canonical subscription text to the parsed channel; kept with {@link #subscriptions}. */
    final Map<String, WsChannels.Channel> channels = new ConcurrentHashMap<>();
    private final WsHub hub;
    private volatile @Nullable Session session;
    private volatile @Nullable String apiKey;
    private volatile @Nullable Instant closedAt;
    private volatile long lastReceivedNanos = System.nanoTime();

    WsSession(WsHub hub, String path) {
        this.hub = hub;
        this.path = path;
        this.v3 = path.startsWith("/v3/");
        this.privatePath = path.endsWith("/private");
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        session = opened;
        hub.opened(this);
    }

    @Override
    public void onWebSocketText(String message) {
        lastReceivedNanos = System.nanoTime();
        hub.received(this, message);
    }

    @Override
    @SuppressWarnings("removal") // Jetty 12.1 still calls this variant when it is the one overridden; no callback needed
    public void onWebSocketClose(int statusCode, String reason) {
        closedAt = Instant.now();
        hub.closed(this);
    }

    /** Queues a text frame (Jetty keeps the order of calls); faults may drop or mangle it. */
    void send(String text) {
        Session current = session;
        if (current == null || !current.isOpen() || hub.faults().silent()) {
            return;
        }
        String frame = hub.faults().takeMalformedJson(path) ? "{\"action\":" : text;
        current.sendText(frame, Callback.NOOP);
    }

    /** Closes without a close frame: the client sees an abnormal closure (1006). */
    void drop() {
        Session current = session;
        if (current != null) {
            current.disconnect();
        }
    }

    void close(int code, String reason) {
        Session current = session;
        if (current != null) {
            current.close(code, reason, Callback.NOOP);
        }
    }

    boolean isOpen() {
        Session current = session;
        return current != null && current.isOpen() && closedAt == null;
    }

    long silentNanos(long now) {
        return now - lastReceivedNanos;
    }

    @Nullable String apiKey() {
        return apiKey;
    }

    void loggedIn(String key) {
        apiKey = key;
    }

    @Nullable Instant closedAt() {
        return closedAt;
    }

    /** What a push does with one private subscription of a key. */
    @FunctionalInterface
    interface PrivateSubscription {
        void accept(WsSession session, WsChannels.Channel channel, JsonObject arg);
    }

    /** Calls {@code action} for each subscription of {@code apiKey}'s private sockets that {@code wanted} selects. */
    static void forPrivate(List<WsSession> open, String apiKey, BiPredicate<WsSession, WsChannels.Channel> wanted,
            PrivateSubscription action) {
        for (WsSession session : open) {
            if (session.privatePath && apiKey.equals(session.apiKey())) {
                session.channels.values().forEach(channel -> {
                    JsonObject arg = session.subscriptions.get(channel.key());
                    if (arg != null && wanted.test(session, channel)) {
                        action.accept(session, channel, arg);
                    }
                });
            }
        }
    }
}
