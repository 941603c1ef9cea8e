package io.github.bitget4j;

import io.github.bitget4j.internal.OptionChecks;
import io.github.bitget4j.internal.OptionValues;
import io.github.bitget4j.ws.WsKey;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The setters of {@link ClientOptions.Builder} for WebSocket connections: URLs, keep-alive pings and
 * reconnection. Only {@code ClientOptions.Builder} extends it.
 *
 * @param <B> the builder type each setter returns, for chaining
 */
public abstract sealed class WebSocketSetters<B extends WebSocketSetters<B>> extends CallSetters<B>
        permits ClientOptions.Builder {

    WebSocketSetters(OptionValues values) {
        super(values);
    }

    /**
     * The WebSocket base URL for every socket, e.g. {@code ws://127.0.0.1:8080}; the socket's path
     * ({@code /v2/ws/public}, {@code /v2/ws/private}, {@code /v3/ws/public}, {@code /v3/ws/private}) is appended.
     * Default none: {@value ClientOptions#DEFAULT_WS_URL}, or {@value ClientOptions#DEFAULT_DEMO_WS_URL} with
     * {@link #demoTrading(boolean)}.
     *
     * @param wsUrl a {@code ws://} or {@code wss://} URL; a trailing slash is dropped; null restores Bitget's host
     * @return this builder
     * @throws IllegalArgumentException unless it starts with {@code ws://} or {@code wss://}
     */
    public B wsUrl(@Nullable String wsUrl) {
        values.wsUrl = wsUrl == null ? null : OptionChecks.withoutTrailingSlash(OptionChecks.webSocketUrl("wsUrl", wsUrl));
        return self();
    }

    /**
     * The complete URL of one socket, winning over {@link #wsUrl(String)} and the defaults, e.g.
     * {@code wsUrl(WsKey.V3_PRIVATE, "wss://proxy.example/v3/private")}.
     *
     * @param key the socket
     * @param url its complete {@code ws://} or {@code wss://} URL
     * @return this builder
     * @throws IllegalArgumentException unless the URL starts with {@code ws://} or {@code wss://}
     * @throws NullPointerException for a null key
     */
    public B wsUrl(WsKey key, String url) {
        values.wsSocketUrls.put(Objects.requireNonNull(key, "key"), OptionChecks.webSocketUrl("wsUrl(" + key + ")", url));
        return self();
    }

    /**
     * How often a socket sends the text {@code ping}. Default 10 s (what Bitget recommends).
     *
     * @param interval a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B wsPingInterval(Duration interval) {
        values.wsPingInterval = OptionChecks.positive("wsPingInterval", interval);
        return self();
    }

    /**
     * How long a socket may stay silent after a ping (any message counts as life, not only {@code pong}) before
     * it is taken as dead, dropped and reconnected. Default 3 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B wsPongTimeout(Duration timeout) {
        values.wsPongTimeout = OptionChecks.positive("wsPongTimeout", timeout);
        return self();
    }

    /**
     * The delay before the first reconnect attempt; it doubles with each failed attempt up to
     * {@link #wsReconnectBackoffCap(Duration)}, and each delay is drawn at random between half of it and all of it
     * (jitter, so that many clients do not reconnect in step). Default 500 ms.
     *
     * @param base a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B wsReconnectBackoffBase(Duration base) {
        values.wsReconnectBackoffBase = OptionChecks.positive("wsReconnectBackoffBase", base);
        return self();
    }

    /**
     * The longest delay between two reconnect attempts. Default 30 s.
     *
     * @param cap a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B wsReconnectBackoffCap(Duration cap) {
        values.wsReconnectBackoffCap = OptionChecks.positive("wsReconnectBackoffCap", cap);
        return self();
    }

    /**
     * Reconnect attempts in a row before a socket gives up. Default {@link Integer#MAX_VALUE}: never gives up.
     *
     * @param attempts zero or more; zero never reconnects
     * @return this builder
     * @throws IllegalArgumentException when negative
     */
    public B wsMaxReconnectAttempts(int attempts) {
        values.wsMaxReconnectAttempts = OptionChecks.atLeast("wsMaxReconnectAttempts", attempts, 0);
        return self();
    }

    /**
     * The WebSocket transport plugin by name (e.g. {@code "jetty"}, {@code "jdk"}). Default none: the system
     * property {@code bitget4j.ws}, then the environment variable {@code BITGET4J_WS}, then the best usable plugin.
     *
     * @param name the plugin's name; null or blank for the default choice
     * @return this builder
     */
    public B webSocketTransportProvider(@Nullable String name) {
        values.webSocketTransportProvider = OptionChecks.blankToNull(name);
        return self();
    }
}
