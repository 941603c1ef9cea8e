package io.github.bitget4j.internal.ws;

import com.google.gson.JsonObject;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * One connection of a {@link ManagedSocket}, from connect to close. A new connection is a new session, so late
 * callbacks of an old connection cannot touch the new one.
 */
public final class Session implements WebSocketListener {

    private final ManagedSocket owner;
    final int generation;
    final CompletableFuture<JsonObject> loginAck = new CompletableFuture<>();
    /** Lookup keys of the topics subscribed on this connection: each topic is sent once per connection. */
    final Set<String> sent = ConcurrentHashMap.newKeySet();
    private final CountDownLatch endedLatch = new CountDownLatch(1);
    private final AtomicBoolean ended = new AtomicBoolean();
    private volatile @Nullable WebSocketConnection connection;
    volatile long lastReceivedNanos = System.nanoTime();
    volatile @Nullable ScheduledFuture<?> heartbeat;

    Session(ManagedSocket owner, int generation) {
        this.owner = owner;
        this.generation = generation;
    }

    void attach(WebSocketConnection connection) {
        this.connection = connection;
    }

    /** Writes one text frame (blocking until written). */
    public void send(String text) {
        WebSocketConnection c = connection;
        if (c == null) {
            throw new IllegalStateException("not connected");
        }
        c.sendText(text);
    }

    /** Whether the connection never opened (the connect itself failed). */
    boolean neverOpened() {
        return connection == null;
    }

    public boolean isEnded() {
        return ended.get();
    }

    public boolean isOpen() {
        WebSocketConnection c = connection;
        return !ended.get() && c != null && c.isOpen();
    }

    void awaitEnd() throws InterruptedException {
        endedLatch.await();
    }

    /** Drops the connection without a close handshake (found dead, or the client is closing). */
    void abort() {
        end(); // first, so that the transport's error callbacks for this drop are known as expected
        WebSocketConnection c = connection;
        if (c != null) {
            try {
                c.abort();
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    void closeGracefully() {
        end();
        WebSocketConnection c = connection;
        if (c != null) {
            try {
                c.close(1000, "client closed");
            } catch (RuntimeException ignored) {
                // already gone
            }
        }
    }

    /** Idempotent: the first call stops the heartbeat and tells the owner. */
    void end() {
        if (ended.compareAndSet(false, true)) {
            ScheduledFuture<?> beat = heartbeat;
            if (beat != null) {
                beat.cancel(false);
            }
            loginAck.completeExceptionally(new IllegalStateException("connection closed before the login reply"));
            endedLatch.countDown();
            owner.sessionEnded(this);
        }
    }

    @Override
    public void onOpen(WebSocketConnection connection) {
        this.connection = connection;
        lastReceivedNanos = System.nanoTime();
    }

    @Override
    public void onText(String text) {
        lastReceivedNanos = System.nanoTime();
        if (!ended.get()) {
            owner.handle(this, text);
        }
    }

    @Override
    public void onClose(int statusCode, String reason) {
        end();
        owner.closed(statusCode, reason);
    }

    @Override
    public void onError(Throwable error) {
        owner.error(this, error);
    }
}
