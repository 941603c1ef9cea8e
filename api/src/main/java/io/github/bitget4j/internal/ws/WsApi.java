package io.github.bitget4j.internal.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.WsOrderNotSentException;
import io.github.bitget4j.errors.WsOrderOutcomeUnknownException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Request/reply over the V3 private socket ({@code "op":"trade"}), correlated by {@code id}. What a caller is told
 * depends on whether the request was written: not written → {@link WsOrderNotSentException}; written, then
 * no reply (drop or timeout) → {@link WsOrderOutcomeUnknownException}; a reply with a code other than "0" →
 * {@link BitgetApiException}.
 */
public final class WsApi {

    private record Pending(Session session, CompletableFuture<JsonObject> reply) {
    }

    private final ManagedSocket socket;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    private final String idPrefix = UUID.randomUUID().toString().substring(0, 8) + "-";

    WsApi(ManagedSocket socket) {
        this.socket = socket;
        socket.replyHandler(this::onReply);
        socket.onSessionEnd(this::onSessionEnd);
    }

    private boolean onReply(JsonObject message) {
        String id = WsFrames.text(message, "id");
        Pending request = id == null ? null : pending.remove(id);
        if (request == null) {
            return false;
        }
        request.reply().complete(message);
        return true;
    }

    private void onSessionEnd(Session session) {
        pending.forEach((id, request) -> {
            if (request.session() == session && pending.remove(id, request)) {
                request.reply().completeExceptionally(new IllegalStateException("the connection dropped"));
            }
        });
    }

    /** Number of requests written and waiting for a reply. */
    public int inFlight() {
        return pending.size();
    }

    /**
     * Sends one request and waits for its reply.
     *
     * @param request    the caller's request, carried by the exceptions
     * @param clientOids the clientOids of the orders concerned, carried by the outcome-unknown exception
     * @return the reply, whose {@code code} is "0"
     */
    public JsonObject execute(String category, String topic, JsonArray args, Object request, List<String> clientOids,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Session session;
        try {
            session = socket.awaitReady(timeout);
        } catch (BitgetException e) {
            throw new WsOrderNotSentException(topic + " not sent: " + e.getMessage(), request, e);
        }
        String id = idPrefix + sequence.incrementAndGet();
        var reply = new CompletableFuture<JsonObject>();
        pending.put(id, new Pending(session, reply));
        if (!session.isOpen()) {
            pending.remove(id);
            throw new WsOrderNotSentException(topic + " not sent: the connection closed", request, null);
        }
        try {
            session.send(WsFrames.trade(id, category, topic, args));
        } catch (RuntimeException e) {
            // Once the write has started, a failure does not prove the frame stayed here: a transport may report a
            // connection closed while flushing (the server may have read and executed the request). Only the
            // "connection already closed" check above is proof of "not sent".
            pending.remove(id);
            throw unknown(topic + " " + id + " may have been sent: the write failed: " + e.getMessage()
                    + "; the order may be live, look it up by clientOid", false, request, clientOids, e);
        }
        JsonObject answer;
        try {
            answer = reply.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.remove(id);
            throw unknown(topic + " " + id + " was sent but no reply came within " + timeout
                    + ": the order may be live; look it up by clientOid", true, request, clientOids, e);
        } catch (ExecutionException e) {
            throw unknown(topic + " " + id + " was sent, then the connection dropped before the reply"
                    + ": the order may be live; look it up by clientOid", false, request, clientOids, e.getCause());
        } catch (InterruptedException e) {
            pending.remove(id);
            Thread.currentThread().interrupt();
            throw unknown(topic + " " + id + " was sent; interrupted while waiting for the reply", false, request,
                    clientOids, e);
        }
        String code = WsFrames.text(answer, "code");
        if (!"0".equals(code)) {
            String msg = WsFrames.text(answer, "msg");
            throw new BitgetApiException(topic + " refused: " + code + " " + msg, 0, code, msg, Map.of(),
                    answer.toString().getBytes(StandardCharsets.UTF_8));
        }
        return answer;
    }

    private static WsOrderOutcomeUnknownException unknown(String message, boolean timeout, Object request,
            List<String> clientOids, Throwable cause) {
        return new WsOrderOutcomeUnknownException(message, timeout, request, clientOids, cause);
    }
}
