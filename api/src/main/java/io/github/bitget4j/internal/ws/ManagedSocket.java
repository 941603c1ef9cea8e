package io.github.bitget4j.internal.ws;

import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.BitgetInterruptedException;
import io.github.bitget4j.errors.WsConnectFailedException;
import io.github.bitget4j.errors.WsLoginException;
import io.github.bitget4j.errors.WsSubscribeRefusedException;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import io.github.bitget4j.ws.WsTopic;
import io.github.bitget4j.ws.WsUpdateHandler;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One of a client's sockets (e.g. V3 private), across every connection it goes through. A supervisor on a virtual
 * thread connects, logs in (private sockets), resubscribes everything remembered, and after a drop waits a
 * backoff and does it again, until the client closes. Subscriptions are remembered here, so none is lost.
 */
public final class ManagedSocket {

    private final WsKey key;
    private final WsEngine engine;
    private final URI uri;
    private final Backoff backoff;
    private final ReentrantLock lock = new ReentrantLock();
    private final Subscriptions subscriptions;
    private final Deliveries deliveries;
    private final Inbound inbound;
    private final SessionSetup setup;
    private final List<Consumer<Session>> endHooks = new CopyOnWriteArrayList<>();
    private volatile @Nullable Predicate<JsonObject> replyHandler;
    /** Completed with the session once it is open, logged in and resubscribed; guarded by {@link #lock}. */
    private CompletableFuture<Session> ready = new CompletableFuture<>();
    private @Nullable Thread supervisor;
    private volatile @Nullable Session current;
    /** The newest connection, published or still logging in and resubscribing. */
    private volatile @Nullable Session latest;
    private volatile boolean closed;
    private int generation;

    ManagedSocket(WsKey key, WsEngine engine) {
        this.key = key;
        this.engine = engine;
        this.uri = URI.create(engine.options().wsUrlFor(key));
        this.deliveries = new Deliveries(key, engine.listeners());
        this.inbound = new Inbound(this, engine.listeners(), deliveries);
        this.setup = new SessionSetup(key, engine, inbound);
        this.subscriptions = new Subscriptions(inbound::report);
        // used by the supervisor thread only; ThreadLocalRandom.current() may not be kept for another thread
        this.backoff = new Backoff(engine.options().wsReconnectBackoffBase(), engine.options().wsReconnectBackoffCap(),
                new java.util.SplittableRandom());
    }

    public WsKey key() {
        return key;
    }

    // ---- caller side

    /**
     * The ready session, opening the socket first if needed; blocks up to {@code timeout}.
     *
     * @throws WsLoginException           when the first login of the socket is refused
     * @throws BitgetConnectionException  when the socket is not ready in time (it keeps trying in the background)
     */
    public Session awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Session session = awaitPublished(Math.max(0, deadline - System.nanoTime()), timeout);
            if (session.isOpen()) {
                return session;
            }
            // published, but the connection has just died and its close is not reported yet: wait for the next one
            session.abort();
        }
    }

    private Session awaitPublished(long nanos, Duration timeout) {
        CompletableFuture<Session> future;
        lock.lock();
        try {
            if (closed) {
                throw new BitgetClientException("the WebSocket client is closed");
            }
            if (supervisor == null) {
                if (ready.isDone()) {
                    ready = new CompletableFuture<>();
                }
                supervisor = Thread.ofVirtual().name("bitget4j-ws-" + key).start(this::supervise);
            }
            future = ready;
        } finally {
            lock.unlock();
        }
        try {
            return future.get(nanos, TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof BitgetException bitget) {
                throw bitget;
            }
            throw new BitgetConnectionException(key + " socket failed: " + e.getCause(), false, false, e.getCause());
        } catch (TimeoutException e) {
            throw new BitgetConnectionException(key + " socket not ready within " + timeout
                    + " (still trying in the background)", true, false, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BitgetInterruptedException("interrupted while waiting for the " + key + " socket", e);
        }
    }

    /**
     * Remembers the topics (and the handler), sends what this connection has not had yet, and waits up to
     * {@code ackTimeout} for Bitget to acknowledge each one.
     *
     * @throws WsSubscribeRefusedException when Bitget refuses one (that one is forgotten; the others stay)
     * @throws WsLoginException            when the first login of the socket is refused (the call had no effect)
     * @throws WsConnectFailedException    when the socket could not be opened (the call had no effect)
     * @throws BitgetConnectionException   when the socket is not ready, or an ack does not come, in time (the
     *                                     topics stay remembered and are sent as soon as the socket is up)
     */
    public void subscribe(List<? extends WsTopic> newTopics, @Nullable WsUpdateHandler handler, Duration readyTimeout,
                          Duration ackTimeout) {
        List<String> added = subscriptions.remember(newTopics, handler);
        var acks = new java.util.LinkedHashMap<WsTopic, CompletableFuture<Void>>(); // taken now: a refusal forgets them
        for (WsTopic topic : newTopics) {
            CompletableFuture<Void> ack = subscriptions.ack(WsFrames.lookupKey(topic));
            if (ack != null) {
                acks.put(topic, ack);
            }
        }
        Session session;
        try {
            session = awaitReady(readyTimeout);
        } catch (WsLoginException | WsConnectFailedException e) {
            subscriptions.forget(added); // the call had no effect
            throw e;
        }
        try {
            subscriptions.sendPending(session);
        } catch (RuntimeException e) {
            inbound.report(e); // the connection dropped meanwhile; the next one resubscribes
        }
        awaitAcks(acks, ackTimeout);
    }

    private void awaitAcks(Map<WsTopic, CompletableFuture<Void>> acks, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Map.Entry<WsTopic, CompletableFuture<Void>> entry : acks.entrySet()) {
            WsTopic topic = entry.getKey();
            CompletableFuture<Void> ack = entry.getValue();
            try {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof BitgetException bitget) {
                    throw bitget;
                }
                throw new BitgetClientException(topic.key() + " subscription failed: " + e.getCause(), e.getCause());
            } catch (java.util.concurrent.CancellationException e) {
                // unsubscribed while waiting: nothing to wait for
            } catch (TimeoutException e) {
                throw new BitgetConnectionException(key + ": no answer to the subscription " + topic.key() + " within "
                        + timeout + " (it stays remembered and is sent again on reconnect)", true, true, true, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BitgetInterruptedException("interrupted while waiting for the ack of " + topic.key(), e);
            }
        }
    }

    public void unsubscribe(List<? extends WsTopic> gone) {
        subscriptions.unsubscribe(gone, latest);
    }

    public List<WsTopic> topics() {
        return subscriptions.topics();
    }

    public @Nullable LocalOrderBook book(WsTopic topic) {
        return subscriptions.book(topic);
    }

    Subscriptions subscriptions() {
        return subscriptions;
    }

    public boolean isReady() {
        Session s = current;
        return s != null && s.isOpen();
    }

    /** For the WS API: replies carrying an {@code id}; returns true when it consumed the message. */
    void replyHandler(Predicate<JsonObject> handler) {
        this.replyHandler = handler;
    }

    /** For the WS API: told when a connection ends, to settle the requests written on it. */
    void onSessionEnd(Consumer<Session> hook) {
        endHooks.add(hook);
    }

    // ---- supervisor

    private void supervise() {
        int attempt = 0;
        boolean everReady = false;
        while (!closed) {
            Session session;
            lock.lock();
            try {
                session = new Session(this, ++generation);
                latest = session;
            } finally {
                lock.unlock();
            }
            try {
                WebSocketConnection connection = engine.transport().connect(uri, session);
                session.attach(connection);
                if (closed) {
                    session.abort();
                    break;
                }
                fire(l -> l.onOpen(key));
                setup.startHeartbeat(session);
                if (key.isPrivate()) {
                    setup.login(session);
                    fire(l -> l.onAuthenticated(key));
                }
                subscriptions.resetBooks();
                subscriptions.sendPending(session);
                if (attempt > 0) { // told before callers waiting for the socket are released
                    int attempts = attempt;
                    fire(l -> l.onReconnected(key, attempts));
                }
                publishReady(session);
                attempt = 0;
                everReady = true;
                session.awaitEnd();
            } catch (InterruptedException e) {
                session.abort();
                break;
            } catch (WsLoginException e) {
                session.abort();
                if (!everReady) {
                    stopAfterFailure(e); // the first login was refused: tell the waiting caller, do not retry
                    return;
                }
                inbound.report(e);
            } catch (RuntimeException e) { // anything else (transport, send, signing): report and reconnect
                session.abort();
                if (!everReady && !closed && e instanceof TransportException t && session.neverOpened() && SessionSetup.unreachable(t)) {
                    // never up and nobody there: tell the waiting caller now, naming the URL, instead of retrying
                    // until it times out (a server that answers, e.g. 503 while busy, is retried with backoff)
                    stopAfterFailure(new WsConnectFailedException(uri.toString(), SessionSetup.describe(t),
                            t.kind() == TransportException.Kind.TIMEOUT, t));
                    return;
                }
                if (!closed) {
                    inbound.report(e instanceof TransportException t
                            ? new BitgetConnectionException(key + " connection failed: " + t.getMessage(), false, false, t)
                            : e);
                }
            }
            if (closed) {
                break;
            }
            attempt++;
            if (attempt > engine.options().wsMaxReconnectAttempts()) {
                stopAfterFailure(new BitgetConnectionException(key + " gave up after "
                        + (attempt - 1) + " reconnect attempts", false, false, null));
                return;
            }
            Duration delay = backoff.delay(attempt);
            int attempts = attempt;
            fire(l -> l.onReconnecting(key, attempts, delay));
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                break;
            }
        }
    }

    private void stopAfterFailure(BitgetException e) {
        lock.lock();
        try {
            ready.completeExceptionally(e);
            supervisor = null;
        } finally {
            lock.unlock();
        }
        inbound.report(e);
    }

    private void publishReady(Session session) {
        lock.lock();
        try {
            current = session;
            if (ready.isDone()) {
                ready = new CompletableFuture<>();
            }
            ready.complete(session);
        } finally {
            lock.unlock();
        }
        if (session.isEnded()) {
            sessionEnded(session);
        }
    }

    /** Every listener callback of this socket goes through its delivery thread, in order (see {@link Deliveries}). */
    private void fire(Consumer<WsListener> event) {
        deliveries.submit(() -> engine.listeners().fire(key, event));
    }

    // ---- transport callbacks (one at a time per connection)

    void handle(Session session, String text) {
        inbound.handle(session, text);
    }

    @Nullable Predicate<JsonObject> replyHandler() {
        return replyHandler;
    }

    void closed(int statusCode, String reason) {
        fire(l -> l.onClose(key, statusCode, reason));
    }

    void error(Session session, Throwable error) {
        // errors of a connection already given up (found dead, replaced, closing) are expected; others are news
        if (!closed && !session.isEnded()) {
            inbound.report(error);
        }
    }

    /** Called once per session when its connection ends, whichever way. */
    void sessionEnded(Session session) {
        lock.lock();
        try {
            if (current == session) {
                current = null;
                if (ready.isDone() && !ready.isCompletedExceptionally() && ready.getNow(null) == session) {
                    ready = new CompletableFuture<>();
                }
            }
        } finally {
            lock.unlock();
        }
        for (Consumer<Session> hook : endHooks) {
            try {
                hook.accept(session);
            } catch (RuntimeException e) {
                inbound.report(e);
            }
        }
    }

    // ---- close

    /** Stops the supervisor and closes the connection; waits (briefly) for the supervisor to finish. */
    void close() {
        Thread running;
        lock.lock();
        try {
            closed = true;
            running = supervisor;
            supervisor = null;
            ready.completeExceptionally(new BitgetClientException("the WebSocket client is closed"));
        } finally {
            lock.unlock();
        }
        Session session = current;
        if (session != null) {
            session.closeGracefully();
        }
        deliveries.close();
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public String toString() {
        return "ManagedSocket[" + key + ", " + uri + "]";
    }
}
