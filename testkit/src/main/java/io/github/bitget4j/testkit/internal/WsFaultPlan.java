package io.github.bitget4j.testkit.internal;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** The WebSocket faults in force; read by the WebSocket side on every frame, so lock-free. */
public final class WsFaultPlan {

    private final Map<String, Duration> dropAfter = new ConcurrentHashMap<>();
    private final Set<String> badChecksum = ConcurrentHashMap.newKeySet();
    private final Set<String> malformedJson = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusals = new AtomicInteger();
    private final AtomicBoolean failLogin = new AtomicBoolean();
    private final AtomicBoolean dropOnTrade = new AtomicBoolean();
    private volatile boolean silent;
    private volatile Duration tradeReplyDelay = Duration.ZERO;
    /** Set by the WebSocket hub: drops the open sockets of a path. */
    private volatile Consumer<String> dropper = path -> { };

    void onDropConnections(Consumer<String> dropper) {
        this.dropper = dropper;
    }

    public void dropConnections(String path) {
        dropper.accept(path);
    }

    public void dropAfter(String path, Duration after) {
        dropAfter.put(path, after);
    }

    public void stopAnsweringPings(boolean stop) {
        silent = stop;
    }

    public void refuseNextConnections(int k) {
        if (k < 0) {
            throw new IllegalArgumentException("negative count " + k);
        }
        refusals.set(k);
    }

    public void badChecksumNext(String symbol) {
        badChecksum.add(symbol);
    }

    public void malformedJsonNext(String path) {
        malformedJson.add(path);
    }

    public void failNextLogin() {
        failLogin.set(true);
    }

    public void delayTradeReplies(Duration delay) {
        tradeReplyDelay = delay.isNegative() ? Duration.ZERO : delay;
    }

    public void dropOnNextTradeRequest() {
        dropOnTrade.set(true);
    }

    public void clear() {
        dropAfter.clear();
        badChecksum.clear();
        malformedJson.clear();
        refusals.set(0);
        failLogin.set(false);
        dropOnTrade.set(false);
        silent = false;
        tradeReplyDelay = Duration.ZERO;
    }

    @Nullable Duration dropAfter(String path) {
        return dropAfter.get(path);
    }

    boolean silent() {
        return silent;
    }

    Duration tradeReplyDelay() {
        return tradeReplyDelay;
    }

    /** Each of these uses the fault up when it applies. */
    boolean takeRefusal() {
        return refusals.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
    }

    boolean takeBadChecksum(String symbol) {
        return badChecksum.remove(symbol);
    }

    boolean takeMalformedJson(String path) {
        return !malformedJson.isEmpty() && malformedJson.remove(path);
    }

    boolean takeFailedLogin() {
        return failLogin.getAndSet(false);
    }

    boolean takeDropOnTrade() {
        return dropOnTrade.getAndSet(false);
    }
}
