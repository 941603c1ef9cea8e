package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Checks a WebSocket login frame with the REST side's keys and rules:
 * {@code {"op":"login","args":[{"apiKey","passphrase","timestamp":<Unix seconds>,"sign"}]}} where
 * {@code sign = base64(sign(timestamp + "GET" + "/user/verify"))}, the timestamp within 30 s.
 */
final class WsLogin {

    /** The key that logged in, or why not (Bitget's WebSocket error code and message). */
    record Outcome(@Nullable String apiKey, int code, String msg) {
    }

    private final Authenticator authenticator;

    WsLogin(Authenticator authenticator) {
        this.authenticator = authenticator;
    }

    Outcome check(JsonObject request, long now) {
        JsonArray args = request.has("args") && request.get("args").isJsonArray() ? request.getAsJsonArray("args") : new JsonArray();
        JsonObject arg = !args.isEmpty() && args.get(0).isJsonObject() ? args.get(0).getAsJsonObject() : new JsonObject();
        String apiKey = WsTradeApi.text(arg, "apiKey");
        String passphrase = WsTradeApi.text(arg, "passphrase");
        String timestamp = WsTradeApi.text(arg, "timestamp");
        String sign = WsTradeApi.text(arg, "sign");
        if (apiKey.isEmpty() || passphrase.isEmpty() || sign.isEmpty()) {
            return refused(30016, "Param error");
        }
        if (timestamp.isEmpty() || timestamp.length() > 12 || !timestamp.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return refused(30013, "Invalid ACCESS_TIMESTAMP");
        }
        byte[] prehash = (timestamp + "GET" + "/user/verify").getBytes(StandardCharsets.UTF_8);
        try {
            RegisteredKey key = authenticator.verify(apiKey, passphrase, Long.parseLong(timestamp) * 1000, null,
                    prehash, sign, now);
            return new Outcome(key.apiKey(), 0, "success");
        } catch (Authenticator.Refused e) {
            return switch (e.refusal) {
                case UNKNOWN_KEY -> refused(30011, "Invalid ACCESS_KEY");
                case WRONG_PASSPHRASE -> refused(30012, "Invalid ACCESS_PASSPHRASE");
                case EXPIRED -> refused(30014, "Request timestamp expired");
                case BAD_SIGNATURE -> refused(30015, "Invalid signature");
                case WRONG_ENVIRONMENT -> refused(30005, "Login failed");
            };
        }
    }

    private static Outcome refused(int code, String msg) {
        return new Outcome(null, code, msg);
    }
}
