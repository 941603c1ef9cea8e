package io.github.bitget4j.internal.ws;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.ws.WsTopic;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Encodes the frames the client sends and reads the keys of what it receives. */
final class WsFrames {

    /** Bitget's reference SDK puts at most this many args in one subscribe frame; so do we. */
    static final int MAX_ARGS_PER_FRAME = 15;
    static final String PING = "ping";
    static final String PONG = "pong";

    private WsFrames() {
    }

    /** The text signed for a WebSocket login: seconds timestamp + "GET" + "/user/verify". */
    static String loginPrehash(long timestampSeconds) {
        return timestampSeconds + "GET/user/verify";
    }

    static String login(String apiKey, String passphrase, long timestampSeconds, String sign) {
        var arg = new JsonObject();
        arg.addProperty("apiKey", apiKey);
        arg.addProperty("passphrase", passphrase);
        arg.addProperty("timestamp", timestampSeconds);
        arg.addProperty("sign", sign);
        return op("login", List.of(arg));
    }

    /** {@code subscribe} or {@code unsubscribe} frames of at most {@value #MAX_ARGS_PER_FRAME} args each. */
    static List<String> subscriptions(String op, List<? extends WsTopic> topics) {
        var frames = new ArrayList<String>();
        for (int from = 0; from < topics.size(); from += MAX_ARGS_PER_FRAME) {
            var args = new ArrayList<JsonObject>();
            for (WsTopic topic : topics.subList(from, Math.min(from + MAX_ARGS_PER_FRAME, topics.size()))) {
                args.add(topic.toArg());
            }
            frames.add(op(op, args));
        }
        return frames;
    }

    /** A WS API request: {@code {"op":"trade","id":..,"category":..,"topic":..,"args":[..]}}. */
    static String trade(String id, String category, String topic, JsonArray args) {
        var frame = new JsonObject();
        frame.addProperty("op", "trade");
        frame.addProperty("id", id);
        frame.addProperty("category", category);
        frame.addProperty("topic", topic);
        frame.add("args", args);
        return BitgetJson.gson().toJson(frame);
    }

    private static String op(String op, List<JsonObject> args) {
        var frame = new JsonObject();
        frame.addProperty("op", op);
        var array = new JsonArray();
        args.forEach(array::add);
        frame.add("args", array);
        return BitgetJson.gson().toJson(frame);
    }

    /** The lookup key of a topic: {@link WsTopic#key()} in lower case (Bitget echoes instType in either case). */
    static String lookupKey(WsTopic topic) {
        String interval = topic instanceof io.github.bitget4j.ws.WsTopicV3 v3 ? v3.interval() : null;
        return lookupKey(topic.instType(), topic.name(), topic.target(), interval);
    }

    /**
     * instType and target in lower case (Bitget echoes instType in either case); the name as it is, because channel
     * names differ by case alone ({@code candle1m} is a minute, {@code candle1M} a month).
     */
    private static String lookupKey(@Nullable String instType, @Nullable String name, @Nullable String target,
                                    @Nullable String interval) {
        return (instType == null ? "" : instType.toLowerCase(Locale.ROOT)) + "|" + (name == null ? "" : name) + "|"
                + (target == null ? "" : target.toLowerCase(Locale.ROOT)) + (interval == null ? "" : "|" + interval);
    }

    /** The lookup key of a push's {@code arg}, built the way {@link WsTopic#key()} is. */
    static String lookupKey(JsonObject arg) {
        String name = lookupName(arg);
        String target = lookupTarget(arg);
        String interval = text(arg, "interval");
        return lookupKey(text(arg, "instType"), name, target, interval);
    }

    /** The {@code channel} (V2) or {@code topic} (V3) of an arg, or null. */
    static @Nullable String lookupName(JsonObject arg) {
        String name = text(arg, "channel");
        return name != null ? name : text(arg, "topic");
    }

    /** The coin, instId or symbol of an arg, or null. */
    static @Nullable String lookupTarget(JsonObject arg) {
        String target = text(arg, "coin");
        if (target == null) {
            target = text(arg, "instId");
        }
        return target != null ? target : text(arg, "symbol");
    }

    static @Nullable String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() || !value.isJsonPrimitive() ? null : value.getAsString();
    }
}
