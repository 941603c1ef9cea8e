package io.github.bitget4j.internal.ws;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.BitgetInterruptedException;
import io.github.bitget4j.errors.WsChecksumMismatchException;
import io.github.bitget4j.errors.WsLoginException;
import io.github.bitget4j.errors.WsMalformedMessageException;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsResponse;
import io.github.bitget4j.ws.WsTopic;
import io.github.bitget4j.ws.WsUpdate;
import io.github.bitget4j.ws.WsUpdateHandler;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
    /** Remembered subscriptions by lookup key, in subscription order; guarded by {@link #lock}. */
    private final Map<String, WsTopic> topics = new LinkedHashMap<>();
    private final Map<String, List<WsUpdateHandler>> handlers = new ConcurrentHashMap<>();
    private final Map<String, LocalOrderBook> books = new ConcurrentHashMap<>();
    private final List<Consumer<Session>> endHooks = new CopyOnWriteArrayList<>();
    private volatile @Nullable Predicate<JsonObject> replyHandler;
    /** Completed with the session once it is open, logged in and resubscribed; guarded by {@link #lock}. */
    private CompletableFuture<Session> ready = new CompletableFuture<>();
    private @Nullable Thread supervisor;
    private volatile @Nullable Session current;
    private volatile boolean closed;
    private int generation;

    ManagedSocket(WsKey key, WsEngine engine) {
        this.key = key;
        this.engine = engine;
        this.uri = URI.create(engine.options().wsUrlFor(key));
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

    /** Remembers the topics (and the handler), then sends what this connection has not had yet. */
    public void subscribe(List<? extends WsTopic> newTopics, @Nullable WsUpdateHandler handler, Duration timeout) {
        var added = new ArrayList<String>();
        lock.lock();
        try {
            for (WsTopic topic : newTopics) {
                String k = WsFrames.lookupKey(topic);
                if (topics.putIfAbsent(k, topic) == null) {
                    added.add(k);
                    if (topic.isMaintainedBook()) {
                        books.put(k, new LocalOrderBook(topic));
                    }
                }
                if (handler != null) {
                    handlers.computeIfAbsent(k, x -> new CopyOnWriteArrayList<>()).add(handler);
                }
            }
        } finally {
            lock.unlock();
        }
        Session session;
        try {
            session = awaitReady(timeout);
        } catch (WsLoginException e) {
            forget(added); // a refused login: the call had no effect
            throw e;
        }
        try {
            sendPending(session);
        } catch (RuntimeException e) {
            engine.listeners().exception(key, e); // the connection dropped meanwhile; the next one resubscribes
        }
    }

    public void unsubscribe(List<? extends WsTopic> gone) {
        var removed = new ArrayList<WsTopic>();
        lock.lock();
        try {
            for (WsTopic topic : gone) {
                String k = WsFrames.lookupKey(topic);
                if (topics.remove(k) != null) {
                    removed.add(topic);
                }
                handlers.remove(k);
                books.remove(k);
            }
        } finally {
            lock.unlock();
        }
        Session session = current;
        if (session == null || removed.isEmpty()) {
            return;
        }
        var toSend = new ArrayList<WsTopic>();
        for (WsTopic topic : removed) {
            if (session.sent.remove(WsFrames.lookupKey(topic))) {
                toSend.add(topic);
            }
        }
        sendQuietly(session, WsFrames.subscriptions("unsubscribe", toSend));
    }

    private void forget(List<String> lookupKeys) {
        lock.lock();
        try {
            for (String k : lookupKeys) {
                topics.remove(k);
                handlers.remove(k);
                books.remove(k);
            }
        } finally {
            lock.unlock();
        }
    }

    public List<WsTopic> topics() {
        lock.lock();
        try {
            return List.copyOf(topics.values());
        } finally {
            lock.unlock();
        }
    }

    public @Nullable LocalOrderBook book(WsTopic topic) {
        return books.get(WsFrames.lookupKey(topic));
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
                engine.listeners().fire(key, l -> l.onOpen(key));
                startHeartbeat(session);
                if (key.isPrivate()) {
                    login(session);
                }
                resetBooks();
                sendPending(session);
                if (attempt > 0) { // told before callers waiting for the socket are released
                    int attempts = attempt;
                    engine.listeners().fire(key, l -> l.onReconnected(key, attempts));
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
                engine.listeners().exception(key, e);
            } catch (RuntimeException e) { // anything else (transport, send, signing): report and reconnect
                session.abort();
                if (!closed) {
                    engine.listeners().exception(key, e instanceof TransportException t
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
            engine.listeners().fire(key, l -> l.onReconnecting(key, attempts, delay));
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
        engine.listeners().exception(key, e);
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

    private void login(Session session) throws InterruptedException {
        long timestamp = engine.options().clock().millis() / 1000;
        String sign = engine.sign(WsFrames.loginPrehash(timestamp).getBytes(StandardCharsets.UTF_8));
        session.send(WsFrames.login(engine.options().apiKey(), engine.options().apiPass(), timestamp, sign));
        Duration timeout = engine.options().requestTimeout();
        try {
            session.loginAck.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WsLoginException refused) {
                throw refused;
            }
            throw new BitgetConnectionException(key + " closed during login", false, false, e.getCause());
        } catch (TimeoutException e) {
            throw new BitgetConnectionException(key + " login got no reply within " + timeout, true, false, e);
        }
        engine.listeners().fire(key, l -> l.onAuthenticated(key));
    }

    private void resetBooks() {
        books.values().forEach(LocalOrderBook::reset);
    }

    /** Sends every remembered topic this connection has not had yet, in frames of at most 15 args. */
    private void sendPending(Session session) {
        var toSend = new ArrayList<WsTopic>();
        for (WsTopic topic : topics()) {
            if (session.sent.add(WsFrames.lookupKey(topic))) {
                toSend.add(topic);
            }
        }
        for (String frame : WsFrames.subscriptions("subscribe", toSend)) {
            session.send(frame); // a failure ends this connection; the next one resubscribes everything
        }
    }

    private void sendQuietly(Session session, List<String> frames) {
        try {
            for (String frame : frames) {
                session.send(frame);
            }
        } catch (RuntimeException e) {
            engine.listeners().exception(key, e); // the connection is going; the next one starts afresh
        }
    }

    private void startHeartbeat(Session session) {
        long interval = engine.options().wsPingInterval().toNanos();
        session.heartbeat = engine.scheduler().scheduleAtFixedRate(() -> ping(session), interval, interval,
                TimeUnit.NANOSECONDS);
    }

    private void ping(Session session) {
        if (session.isEnded()) {
            return;
        }
        long sentAt = System.nanoTime();
        Thread.ofVirtual().name("bitget4j-ws-ping").start(() -> {
            try {
                session.send(WsFrames.PING);
            } catch (RuntimeException ignored) {
                // a dead connection is found by the pong check below
            }
        });
        engine.scheduler().schedule(() -> {
            if (!session.isEnded() && session.lastReceivedNanos - sentAt < 0) {
                engine.listeners().exception(key, new BitgetConnectionException(key + " silent for "
                        + engine.options().wsPongTimeout() + " after a ping: reconnecting", true, false, null));
                session.abort();
            }
        }, engine.options().wsPongTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    // ---- transport callbacks (one at a time per connection)

    void handle(Session session, String text) {
        if (WsFrames.PONG.equals(text)) {
            return;
        }
        JsonObject message;
        try {
            JsonElement parsed = JsonParser.parseString(text);
            if (!parsed.isJsonObject()) {
                throw new IllegalArgumentException("not a JSON object");
            }
            message = parsed.getAsJsonObject();
        } catch (RuntimeException e) {
            engine.listeners().exception(key, new WsMalformedMessageException(key + " received a message that is "
                    + "not JSON: " + abbreviate(text), text, e));
            return;
        }
        try {
            dispatch(session, message, text);
        } catch (RuntimeException e) {
            engine.listeners().exception(key, new WsMalformedMessageException(key + " could not handle a message: "
                    + e + ": " + abbreviate(text), text, e));
        }
    }

    private void dispatch(Session session, JsonObject message, String text) {
        String event = WsFrames.text(message, "event");
        if (event != null) {
            handleEvent(session, event, message, text);
            return;
        }
        JsonElement arg = message.get("arg");
        String action = WsFrames.text(message, "action");
        if (action != null && arg != null && arg.isJsonObject()) {
            handlePush(session, action, arg.getAsJsonObject(), message, text);
            return;
        }
        Predicate<JsonObject> replies = replyHandler;
        if (message.has("id") && replies != null && replies.test(message)) {
            return;
        }
        engine.listeners().fire(key, l -> l.onResponse(response(event, message, text)));
    }

    private void handleEvent(Session session, String event, JsonObject message, String text) {
        String code = WsFrames.text(message, "code");
        if ("login".equals(event)) {
            if (code == null || "0".equals(code)) {
                session.loginAck.complete(message);
            } else {
                session.loginAck.completeExceptionally(loginRefused(code, message, text));
            }
        } else if ("error".equals(event) && key.isPrivate() && !session.loginAck.isDone()) {
            session.loginAck.completeExceptionally(loginRefused(code, message, text));
            return;
        }
        Predicate<JsonObject> replies = replyHandler;
        if (message.has("id") && replies != null && replies.test(message)) {
            return;
        }
        WsResponse response = response(event, message, text);
        engine.listeners().fire(key, l -> l.onResponse(response));
        if (response.isError()) {
            engine.listeners().exception(key, new BitgetApiException(key + " error " + code + ": "
                    + response.message(), 0, code, response.message(), Map.of(), text.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private WsLoginException loginRefused(@Nullable String code, JsonObject message, String text) {
        String msg = WsFrames.text(message, "msg");
        return new WsLoginException(key + " login refused: " + code + " " + msg, code, msg, text);
    }

    private void handlePush(Session session, String action, JsonObject arg, JsonObject message, String text) {
        String k = WsFrames.lookupKey(arg);
        WsTopic topic;
        lock.lock();
        try {
            topic = topics.get(k);
        } finally {
            lock.unlock();
        }
        if (topic == null) {
            engine.listeners().fire(key, l -> l.onResponse(response(null, message, text)));
            return; // not (or no longer) subscribed
        }
        LocalOrderBook book = books.get(k);
        if (book != null && applyToBook(session, book, action, message)) {
            return;
        }
        var update = new WsUpdate(key, topic, action, tsOf(message), message, text);
        List<WsUpdateHandler> own = handlers.get(k);
        if (own != null) {
            for (WsUpdateHandler handler : own) {
                engine.listeners().guarded(key, () -> handler.onUpdate(update));
            }
        }
        engine.listeners().fire(key, l -> l.onUpdate(update));
    }

    /** Applies a books push; true when it was a mismatch (then the push is not delivered and the topic resubscribed). */
    private boolean applyToBook(Session session, LocalOrderBook book, String action, JsonObject message) {
        boolean snapshot = "snapshot".equals(action);
        JsonElement data = message.get("data");
        if (data == null || !data.isJsonArray()) {
            return false;
        }
        for (JsonElement element : data.getAsJsonArray()) {
            if (book.apply(snapshot, element.getAsJsonObject()) == LocalOrderBook.Result.MISMATCH) {
                engine.listeners().exception(key, new WsChecksumMismatchException(book.topic().key()
                        + " checksum mismatch (" + book.lastMismatch() + "): resubscribing for a fresh snapshot"));
                resubscribe(session, book.topic());
                return true;
            }
        }
        return false;
    }

    /** Unsubscribe then subscribe, off the transport thread (sending blocks). */
    private void resubscribe(Session session, WsTopic topic) {
        Thread.ofVirtual().name("bitget4j-ws-resubscribe").start(() -> sendQuietly(session, List.of(
                WsFrames.subscriptions("unsubscribe", List.of(topic)).get(0),
                WsFrames.subscriptions("subscribe", List.of(topic)).get(0))));
    }

    private static long tsOf(JsonObject message) {
        JsonElement ts = message.get("ts");
        try {
            return ts == null || ts.isJsonNull() ? 0 : ts.getAsLong();
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private WsResponse response(@Nullable String event, JsonObject message, String text) {
        return new WsResponse(key, event, WsFrames.text(message, "code"), WsFrames.text(message, "msg"), message, text);
    }

    void closed(int statusCode, String reason) {
        engine.listeners().fire(key, l -> l.onClose(key, statusCode, reason));
    }

    void error(Session session, Throwable error) {
        // errors of a connection already given up (found dead, replaced, closing) are expected; others are news
        if (!closed && !session.isEnded()) {
            engine.listeners().exception(key, error);
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
                engine.listeners().exception(key, e);
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
        if (running != null && running != Thread.currentThread()) {
            running.interrupt();
            try {
                running.join(Duration.ofSeconds(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…";
    }

    @Override
    public String toString() {
        return "ManagedSocket[" + key + ", " + uri + "]";
    }
}
