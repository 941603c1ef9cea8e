package io.github.bitget4j.internal.ws;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.errors.WsChecksumMismatchException;
import io.github.bitget4j.errors.WsLoginException;
import io.github.bitget4j.errors.WsMalformedMessageException;
import io.github.bitget4j.errors.WsSubscribeRefusedException;
import io.github.bitget4j.internal.Snippets;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsResponse;
import io.github.bitget4j.ws.WsTopic;
import io.github.bitget4j.ws.WsUpdate;
import io.github.bitget4j.ws.WsUpdateHandler;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Routes the messages of one socket, on the transport thread, one at a time. What the SDK itself waits for is done
 * here at once: login acks, WS API replies, order-book updates. What user code consumes (listeners, subscription
 * handlers) goes to {@link Deliveries}, so a slow handler can delay neither a reply nor the next message.
 */
final class Inbound {

    private static final int SNIPPET_CHARS = 200;

    private final ManagedSocket socket;
    private final WsKey key;
    private final ListenerSet listeners;
    private final Deliveries deliveries;

    Inbound(ManagedSocket socket, ListenerSet listeners, Deliveries deliveries) {
        this.socket = socket;
        this.key = socket.key();
        this.listeners = listeners;
        this.deliveries = deliveries;
    }

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
            report(new WsMalformedMessageException(key + " received a message that is not JSON: "
                    + Snippets.abbreviate(text, SNIPPET_CHARS), text, e));
            return;
        }
        try {
            dispatch(session, message, text);
        } catch (RuntimeException e) {
            report(new WsMalformedMessageException(key + " could not handle a message: " + e + ": "
                    + Snippets.abbreviate(text, SNIPPET_CHARS), text, e));
        }
    }

    /** Reports an error to the listeners, in order with the messages around it. */
    void report(Throwable error) {
        deliveries.submit(() -> listeners.exception(key, error));
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
        if (isReply(message)) {
            return;
        }
        WsResponse response = response(event, message, text);
        deliveries.submit(() -> listeners.fire(key, l -> l.onResponse(response)));
    }

    private boolean isReply(JsonObject message) {
        Predicate<JsonObject> replies = socket.replyHandler();
        return message.has("id") && replies != null && replies.test(message);
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
        if (isReply(message)) {
            return;
        }
        settleSubscription(session, event, code, message, text);
        WsResponse response = response(event, message, text);
        deliveries.submit(() -> {
            listeners.fire(key, l -> l.onResponse(response));
            if (response.isError()) {
                listeners.exception(key, new BitgetApiException(key + " error " + code + ": " + response.message(),
                        0, code, response.message(), Map.of(), text.getBytes(StandardCharsets.UTF_8)));
            }
        });
    }

    /** An ack or refusal of a subscription settles what the subscribing caller waits for. */
    private void settleSubscription(Session session, String event, @Nullable String code, JsonObject message,
                                    String text) {
        JsonElement arg = message.get("arg");
        if (arg == null || !arg.isJsonObject()) {
            return;
        }
        String k = WsFrames.lookupKey(arg.getAsJsonObject());
        if ("subscribe".equals(event)) {
            socket.subscriptions().acknowledged(k);
        } else if ("error".equals(event)) {
            WsTopic remembered = socket.subscriptions().topic(k);
            String topic = remembered == null ? k : remembered.key();
            if (socket.subscriptions().awaitingAck(k)) {
                session.sent.remove(k); // first, so that subscribing again once the caller is told sends it again
                socket.subscriptions().refused(k, new WsSubscribeRefusedException(topic, code,
                        WsFrames.text(message, "msg"), text));
            }
        }
    }

    private WsLoginException loginRefused(@Nullable String code, JsonObject message, String text) {
        String msg = WsFrames.text(message, "msg");
        return new WsLoginException(key + " login refused: " + code + " " + msg, code, msg, text);
    }

    private void handlePush(Session session, String action, JsonObject arg, JsonObject message, String text) {
        String k = WsFrames.lookupKey(arg);
        WsTopic topic = socket.subscriptions().topic(k);
        if (topic == null) {
            WsResponse response = response(null, message, text);
            deliveries.submit(() -> listeners.fire(key, l -> l.onResponse(response)));
            return; // not (or no longer) subscribed
        }
        socket.subscriptions().acknowledged(k);
        LocalOrderBook book = socket.subscriptions().book(topic);
        if (book != null && applyToBook(session, book, action, message)) {
            return;
        }
        var update = new WsUpdate(key, topic, action, tsOf(message), message, text);
        List<WsUpdateHandler> own = socket.subscriptions().handlers(k);
        deliveries.submit(() -> {
            for (WsUpdateHandler handler : own) {
                listeners.guarded(key, topic.key(), () -> handler.onUpdate(update));
            }
            listeners.fire(key, l -> l.onUpdate(update));
        });
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
                report(new WsChecksumMismatchException(book.topic().key() + " checksum mismatch ("
                        + book.lastMismatch() + "): resubscribing for a fresh snapshot"));
                socket.subscriptions().resubscribe(session, book.topic());
                return true;
            }
        }
        return false;
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
}
