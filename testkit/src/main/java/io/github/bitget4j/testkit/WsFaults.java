package io.github.bitget4j.testkit;

import io.github.bitget4j.testkit.internal.WsFaultPlan;
import java.time.Duration;

/**
 * Faults of the testkit's WebSocket side, by path ({@code /v2/ws/public}, {@code /v2/ws/private},
 * {@code /v3/ws/public}, {@code /v3/ws/private}) or symbol. Each method returns this object, so calls chain.
 */
public final class WsFaults {

    private final WsFaultPlan plan;

    WsFaults(WsFaultPlan plan) {
        this.plan = plan;
    }

    /**
     * Drops every open socket on the path at once, without a close frame (the client sees an abnormal close).
     *
     * @param path the socket path, e.g. {@code /v2/ws/public}
     * @return these faults, for chaining
     */
    public WsFaults dropConnections(String path) {
        plan.dropConnections(path);
        return this;
    }

    /**
     * Drops each connection opened on the path from now on, {@code after} it opened, until {@link #clear()}.
     *
     * @param path the socket path, e.g. {@code /v2/ws/public}
     * @param after how long after opening
     * @return these faults, for chaining
     */
    public WsFaults dropAfter(String path, Duration after) {
        plan.dropAfter(path, after);
        return this;
    }

    /**
     * While true, text pings get no pong and nothing else is sent either, as from a dead server.
     *
     * @param stop true to go silent, false to answer again
     * @return these faults, for chaining
     */
    public WsFaults stopAnsweringPings(boolean stop) {
        plan.stopAnsweringPings(stop);
        return this;
    }

    /**
     * The next {@code k} upgrade requests (any path) are answered with HTTP 503.
     *
     * @param k how many
     * @return these faults, for chaining
     */
    public WsFaults refuseNextConnections(int k) {
        plan.refuseNextConnections(k);
        return this;
    }

    /**
     * The next {@code books} update for the symbol carries a wrong checksum (the book itself stays right).
     *
     * @param symbol e.g. {@code BTCUSDT}
     * @return these faults, for chaining
     */
    public WsFaults badChecksumNext(String symbol) {
        plan.badChecksumNext(symbol);
        return this;
    }

    /**
     * The next frame sent on the path is not valid JSON (<code>{"action":</code>) instead of what it should have been.
     *
     * @param path the socket path, e.g. {@code /v2/ws/public}
     * @return these faults, for chaining
     */
    public WsFaults malformedJsonNext(String path) {
        plan.malformedJsonNext(path);
        return this;
    }

    /**
     * The next login is refused with {@code {"event":"error","code":30005,...}} whatever its signature.
     *
     * @return these faults, for chaining
     */
    public WsFaults failNextLogin() {
        plan.failNextLogin();
        return this;
    }

    /**
     * WS API ({@code op: trade}) replies are sent {@code delay} late; {@link Duration#ZERO} turns it off.
     *
     * @param delay the delay
     * @return these faults, for chaining
     */
    public WsFaults delayTradeReplies(Duration delay) {
        plan.delayTradeReplies(delay);
        return this;
    }

    /** {@return the next WS API request is executed on the market, but its socket is dropped before the reply is sent} */
    public WsFaults dropOnNextTradeRequest() {
        plan.dropOnNextTradeRequest();
        return this;
    }

    /**
     * Removes every WebSocket fault.
     *
     * @return these faults, for chaining
     */
    public WsFaults clear() {
        plan.clear();
        return this;
    }
}
