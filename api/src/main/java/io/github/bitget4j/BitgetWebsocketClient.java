package io.github.bitget4j;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.internal.ws.LocalOrderBook;
import io.github.bitget4j.internal.ws.ManagedSocket;
import io.github.bitget4j.internal.ws.PushDecoder;
import io.github.bitget4j.internal.ws.WsEngine;
import io.github.bitget4j.ws.OrderBookView;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import io.github.bitget4j.ws.WsTopic;
import io.github.bitget4j.ws.WsPushHandler;
import io.github.bitget4j.ws.WsTypedTopic;
import io.github.bitget4j.ws.WsUpdateHandler;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/**
 * What {@link WebsocketClientV2} and {@link WebsocketClientV3} share. One socket per public/private side, opened on
 * the first subscription (or by {@link #connect(WsKey)}); private sockets log in first, with the same signer as
 * REST. Every subscription is remembered: after a drop the socket reconnects (exponential backoff with jitter),
 * logs in again and resubscribes everything, and listeners hear {@code onReconnecting}/{@code onReconnected}.
 *
 * <p>Topics come typed from the model: {@code ChannelsV2}/{@code ChannelsV3} build them, and
 * {@link #subscribe(WsTypedTopic, WsPushHandler)} hands the handler the channel's own record
 * ({@code ws.subscribe(ChannelsV2.positions(WsInstTypeV2.USDT_FUTURES), push -> push.data())}).
 *
 * <p>Subscribing blocks until the socket is open (and logged in), the subscribe frame is written and Bitget has
 * acknowledged it: at most {@code connectTimeout + requestTimeout} for the socket, then {@code requestTimeout} for
 * the acks. {@link #subscribeAsync} does the same without blocking. The call fails with
 * <ul>
 *   <li>{@link io.github.bitget4j.errors.WsSubscribeRefusedException} when Bitget refuses a topic (Bitget's code,
 *       e.g. 30001; the topic is forgotten);</li>
 *   <li>{@link io.github.bitget4j.errors.WsConnectFailedException} when a socket that was never up cannot be opened
 *       (unknown host, refused connection: the URL and the cause, within the connect timeout; no effect);</li>
 *   <li>{@link io.github.bitget4j.errors.WsLoginException} when the first login is refused (no effect);</li>
 *   <li>a {@code BitgetConnectionException} when the socket or an ack is not there in time: the subscription stays
 *       remembered and is sent as soon as the socket is up.</li>
 * </ul>
 * A handler that throws is reported to the listeners as a {@link io.github.bitget4j.errors.WsHandlerException} and
 * logged at WARNING (once per burst per topic); the other handlers and the socket carry on.
 *
 * <p>Thread-safe. {@link #close()} stops every socket, reconnect and thread the client started.
 *
 * @param <T> the topic type of the API version
 */
public abstract sealed class BitgetWebsocketClient<T extends WsTopic> implements AutoCloseable
        permits WebsocketClientV2, WebsocketClientV3 {

    final WsEngine engine;

    BitgetWebsocketClient(ClientOptions options, Set<WsKey> sockets, @Nullable WsListener listener) {
        this.engine = new WsEngine(options, sockets);
        if (listener != null) {
            engine.addListener(listener);
        }
    }

    /**
     * The options this client was built with.
     *
     * @return the options, immutable
     */
    public final ClientOptions options() {
        return engine.options();
    }

    /**
     * Adds a listener for every socket of this client: connection events, errors and every push.
     *
     * @param listener the listener; called on the socket's thread, so it should return quickly
     */
    public final void addListener(WsListener listener) {
        engine.addListener(listener);
    }

    /**
     * Removes a listener added before; no effect for one that is not there.
     *
     * @param listener the listener
     */
    public final void removeListener(WsListener listener) {
        engine.removeListener(listener);
    }

    /**
     * Subscribes, blocking until Bitget acknowledges; pushes reach the client's listeners.
     *
     * @param topic the topic
     * @throws io.github.bitget4j.errors.BitgetException as the class description lists: refused, never connected,
     *         login refused, or not acknowledged in time (then it stays remembered and is sent once the socket is up)
     */
    public final void subscribe(T topic) {
        subscribe(List.of(topic), null);
    }

    /**
     * Subscribes, blocking until Bitget acknowledges; pushes reach {@code handler} (and the client's listeners).
     *
     * @param topic the topic
     * @param handler receives the topic's pushes
     * @throws io.github.bitget4j.errors.BitgetException as the class description lists: refused, never connected,
     *         login refused, or not acknowledged in time (then it stays remembered and is sent once the socket is up)
     */
    public final void subscribe(T topic, WsUpdateHandler handler) {
        subscribe(List.of(topic), handler);
    }

    /**
     * Subscribes to several topics at once, blocking until Bitget acknowledges; pushes reach the listeners.
     *
     * @param topics the topics
     * @throws io.github.bitget4j.errors.BitgetException as the class description lists: refused, never connected,
     *         login refused, or not acknowledged in time (then it stays remembered and is sent once the socket is up)
     */
    public final void subscribe(Collection<? extends T> topics) {
        subscribe(topics, null);
    }

    /**
     * Subscribes to several topics at once: they are sent in frames of at most 15 topics, each socket's in one go.
     *
     * @param topics the topics
     * @param handler receives the pushes of every one of these topics, or null for the listeners only
     * @throws io.github.bitget4j.errors.BitgetException as the class description lists: refused, never connected,
     *         login refused, or not acknowledged in time (then it stays remembered and is sent once the socket is up)
     */
    public final void subscribe(Collection<? extends T> topics, @Nullable WsUpdateHandler handler) {
        for (Map.Entry<WsKey, List<T>> perSocket : bySocket(topics).entrySet()) {
            engine.socket(perSocket.getKey()).subscribe(perSocket.getValue(), handler, engine.readyTimeout(),
                    options().requestTimeout());
        }
    }

    /**
     * Subscribes to a typed topic: {@code handler} gets each push's {@code data} decoded into the channel's record
     * (strictly when {@code strictResponses} is on), with the raw push beside it.
     *
     * @param <R> the channel's push record
     * @param topic the topic, from {@code ChannelsV2} or {@code ChannelsV3}
     * @param handler receives each decoded push
     * @throws io.github.bitget4j.errors.BitgetException as the class description lists: refused, never connected,
     *         login refused, or not acknowledged in time (then it stays remembered and is sent once the socket is up)
     */
    public final <R> void subscribe(WsTypedTopic<T, R> topic, WsPushHandler<R> handler) {
        subscribe(List.of(topic.topic()), PushDecoder.handler(topic.pushType(), options().strictResponses(), handler));
    }

    /**
     * {@link #subscribe(WsTypedTopic, WsPushHandler)} without blocking: the future fails as the call would throw.
     *
     * @param <R> the channel's push record
     * @param topic the topic
     * @param handler receives each decoded push
     * @return a future completed once Bitget acknowledges
     */
    public final <R> CompletableFuture<Void> subscribeAsync(WsTypedTopic<T, R> topic, WsPushHandler<R> handler) {
        return async(() -> subscribe(topic, handler));
    }

    /**
     * {@link #subscribe(WsTopic, WsUpdateHandler)} without blocking: the future fails as the call would throw.
     *
     * @param topic the topic
     * @param handler receives the topic's pushes, or null for the listeners only
     * @return a future completed once Bitget acknowledges
     */
    public final CompletableFuture<Void> subscribeAsync(T topic, @Nullable WsUpdateHandler handler) {
        return async(() -> subscribe(List.of(topic), handler));
    }

    private static CompletableFuture<Void> async(Runnable call) {
        var future = new CompletableFuture<Void>();
        Thread.ofVirtual().name("bitget4j-ws-subscribe").start(() -> {
            try {
                call.run();
                future.complete(null);
            } catch (RuntimeException e) {
                future.completeExceptionally(e);
            }
        });
        return future;
    }

    /**
     * Forgets a typed topic; the same as {@code unsubscribe(topic.topic())}.
     *
     * @param topic the topic
     */
    public final void unsubscribe(WsTypedTopic<T, ?> topic) {
        unsubscribe(topic.topic());
    }

    /**
     * Forgets a topic (with its handlers and book) and sends an unsubscribe frame when connected.
     *
     * @param topic the topic
     */
    public final void unsubscribe(T topic) {
        unsubscribe(List.of(topic));
    }

    /**
     * Forgets the topics (with their handlers and books) and sends unsubscribe frames when connected.
     *
     * @param topics the topics
     */
    public final void unsubscribe(Collection<? extends T> topics) {
        for (Map.Entry<WsKey, List<T>> perSocket : bySocket(topics).entrySet()) {
            engine.socket(perSocket.getKey()).unsubscribe(perSocket.getValue());
        }
    }

    /** {@return every remembered subscription, in subscription order; a copy} */
    @SuppressWarnings("unchecked")
    public final Set<T> subscriptions() {
        var all = new LinkedHashSet<T>();
        for (ManagedSocket socket : engine.sockets()) {
            socket.topics().forEach(t -> all.add((T) t));
        }
        return all;
    }

    /**
     * The local order book of a {@code books} topic, subscribing first when needed. Read it at any time:
     * {@code book.topOfBook()}; {@link OrderBookView#isReady()} tells whether the snapshot has arrived.
     *
     * @param booksTopic a {@code books} topic (the full book with checksums)
     * @return the live view of the book
     * @throws BitgetValidationException for any other topic
     * @throws io.github.bitget4j.errors.BitgetException as the class description lists: refused, never connected,
     *         login refused, or not acknowledged in time (then it stays remembered and is sent once the socket is up)
     */
    public final OrderBookView orderBook(T booksTopic) {
        if (!booksTopic.isMaintainedBook()) {
            throw new BitgetValidationException("a local book is kept for \"books\" topics only, not for "
                    + booksTopic.name());
        }
        ManagedSocket socket = engine.socket(booksTopic.socket());
        LocalOrderBook book = socket.book(booksTopic);
        if (book == null) {
            subscribe(booksTopic);
            book = socket.book(booksTopic);
        }
        if (book == null) {
            throw new IllegalStateException(booksTopic.key() + " was unsubscribed meanwhile");
        }
        return book;
    }

    /**
     * Opens a socket now (and logs in when private), blocking until it is ready.
     *
     * @param socket the socket
     * @throws io.github.bitget4j.errors.WsLoginException         when the login is refused
     * @throws io.github.bitget4j.errors.BitgetConnectionException when it is not ready within
     *                                                             {@code connectTimeout + requestTimeout}
     */
    public final void connect(WsKey socket) {
        engine.socket(socket).awaitReady(engine.readyTimeout());
    }

    /**
     * Whether the socket is open (and logged in when private) right now.
     *
     * @param socket the socket
     * @return true when it is ready
     */
    public final boolean isConnected(WsKey socket) {
        return engine.sockets().stream().anyMatch(s -> s.key() == socket && s.isReady());
    }

    private Map<WsKey, List<T>> bySocket(Collection<? extends T> topics) {
        var grouped = new LinkedHashMap<WsKey, List<T>>();
        for (T topic : topics) {
            grouped.computeIfAbsent(topic.socket(), k -> new ArrayList<>()).add(topic);
        }
        return grouped;
    }

    /** Stops every socket, reconnect loop and heartbeat, and releases the transport and signer. Idempotent. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + engine.sockets() + ", demoTrading=" + options().demoTrading() + "]";
    }
}
