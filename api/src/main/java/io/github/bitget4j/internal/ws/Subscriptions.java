package io.github.bitget4j.internal.ws;

import io.github.bitget4j.ws.WsTopic;
import io.github.bitget4j.ws.WsUpdateHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * What one socket is subscribed to, across its connections: the topics (remembered, so a reconnect resubscribes
 * them), their handlers and maintained books, and which frames each connection has had.
 */
final class Subscriptions {

    private final Consumer<Throwable> report;
    private final ReentrantLock lock = new ReentrantLock();
    /**
     * Held while choosing and writing subscribe/unsubscribe frames, so an unsubscribe cannot slip between a
     * reconnect's choice of topics and its subscribe frame (that left the topic subscribed on the server).
     */
    private final ReentrantLock sends = new ReentrantLock();
    /** Remembered subscriptions by lookup key, in subscription order; guarded by {@link #lock}. */
    private final Map<String, WsTopic> topics = new LinkedHashMap<>();
    private final Map<String, List<WsUpdateHandler>> handlers = new ConcurrentHashMap<>();
    private final Map<String, LocalOrderBook> books = new ConcurrentHashMap<>();
    /** Bitget's answer to the first subscribe of each topic: completed by its ack, failed by its refusal. */
    private final Map<String, CompletableFuture<Void>> acks = new ConcurrentHashMap<>();

    /** @param report told of a frame that could not be written (the connection is going; the next resubscribes) */
    Subscriptions(Consumer<Throwable> report) {
        this.report = report;
    }

    /** Remembers the topics and the handler; returns the lookup keys of the topics that are new. */
    List<String> remember(List<? extends WsTopic> newTopics, @Nullable WsUpdateHandler handler) {
        var added = new ArrayList<String>();
        lock.lock();
        try {
            for (WsTopic topic : newTopics) {
                String k = WsFrames.lookupKey(topic);
                if (topics.putIfAbsent(k, topic) == null) {
                    added.add(k);
                    acks.put(k, new CompletableFuture<>());
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
        return added;
    }

    void forget(List<String> lookupKeys) {
        lock.lock();
        try {
            for (String k : lookupKeys) {
                topics.remove(k);
                handlers.remove(k);
                books.remove(k);
                CompletableFuture<Void> ack = acks.remove(k);
                if (ack != null) {
                    ack.cancel(false); // a caller still waiting for it was unsubscribed meanwhile
                }
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Forgets the topics and takes back what {@code latest} was sent of them.
     *
     * @param latest the newest connection, even one still logging in or resubscribing, or null
     */
    void unsubscribe(List<? extends WsTopic> gone, @Nullable Session latest) {
        sends.lock();
        try {
            var removed = new ArrayList<String>();
            for (WsTopic topic : gone) {
                removed.add(WsFrames.lookupKey(topic));
            }
            forget(removed);
            if (latest == null || latest.isEnded()) {
                return;
            }
            var toSend = new ArrayList<WsTopic>();
            for (WsTopic topic : gone) {
                if (latest.sent.remove(WsFrames.lookupKey(topic))) {
                    toSend.add(topic);
                }
            }
            sendQuietly(latest, WsFrames.subscriptions("unsubscribe", toSend));
        } finally {
            sends.unlock();
        }
    }

    /** Sends every remembered topic this connection has not had yet, in frames of at most 15 args. */
    void sendPending(Session session) {
        sends.lock();
        try {
            var toSend = new ArrayList<WsTopic>();
            for (WsTopic topic : topics()) {
                if (session.sent.add(WsFrames.lookupKey(topic))) {
                    toSend.add(topic);
                }
            }
            for (String frame : WsFrames.subscriptions("subscribe", toSend)) {
                session.send(frame); // a failure ends this connection; the next one resubscribes everything
            }
        } finally {
            sends.unlock();
        }
    }

    /** After a book mismatch: unsubscribe then subscribe, off the transport thread (sending blocks). */
    void resubscribe(Session session, WsTopic topic) {
        Thread.ofVirtual().name("bitget4j-ws-resubscribe").start(() -> {
            sends.lock();
            try {
                if (topic(WsFrames.lookupKey(topic)) != null) { // not if it was unsubscribed meanwhile
                    sendQuietly(session, List.of(WsFrames.subscriptions("unsubscribe", List.of(topic)).get(0),
                            WsFrames.subscriptions("subscribe", List.of(topic)).get(0)));
                }
            } finally {
                sends.unlock();
            }
        });
    }

    private void sendQuietly(Session session, List<String> frames) {
        try {
            for (String frame : frames) {
                session.send(frame);
            }
        } catch (RuntimeException e) {
            report.accept(e); // the connection is going; the next one starts afresh
        }
    }

    List<WsTopic> topics() {
        lock.lock();
        try {
            return List.copyOf(topics.values());
        } finally {
            lock.unlock();
        }
    }

    /** The remembered topic with this lookup key, or null when not (or no longer) subscribed. */
    @Nullable WsTopic topic(String lookupKey) {
        lock.lock();
        try {
            return topics.get(lookupKey);
        } finally {
            lock.unlock();
        }
    }

    List<WsUpdateHandler> handlers(String lookupKey) {
        return handlers.getOrDefault(lookupKey, List.of());
    }

    @Nullable LocalOrderBook book(WsTopic topic) {
        return books.get(WsFrames.lookupKey(topic));
    }

    /** The answer to the first subscribe of the topic (already complete once acknowledged), or null when forgotten. */
    @Nullable CompletableFuture<Void> ack(String lookupKey) {
        return acks.get(lookupKey);
    }

    /** Whether the first subscribe of the topic still waits for Bitget's answer. */
    boolean awaitingAck(String lookupKey) {
        CompletableFuture<Void> ack = acks.get(lookupKey);
        return ack != null && !ack.isDone();
    }

    /** Bitget acknowledged the topic (or pushed it, which means the same). */
    void acknowledged(String lookupKey) {
        CompletableFuture<Void> ack = acks.get(lookupKey);
        if (ack != null) {
            ack.complete(null);
        }
    }

    /**
     * Bitget refused the topic. A first subscription still waiting for its answer fails with {@code refusal} and is
     * forgotten, so no reconnect sends it again; returns whether it was one.
     */
    boolean refused(String lookupKey, RuntimeException refusal) {
        CompletableFuture<Void> ack = acks.get(lookupKey);
        if (ack == null || ack.isDone()) {
            return false;
        }
        lock.lock();
        try { // forgotten before the caller is told, so that it sees the topic gone
            topics.remove(lookupKey);
            handlers.remove(lookupKey);
            books.remove(lookupKey);
            acks.remove(lookupKey, ack);
        } finally {
            lock.unlock();
        }
        return ack.completeExceptionally(refusal);
    }

    void resetBooks() {
        books.values().forEach(LocalOrderBook::reset);
    }
}
