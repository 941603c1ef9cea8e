package io.github.bitget4j.testkit.internal;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

/** The one Gson of the server and the Bitget envelope around every JSON answer. */
final class Json {

    /** Thread-safe; nulls are written because Bitget writes {@code "data":null} on errors. */
    static final Gson GSON = new GsonBuilder().disableHtmlEscaping().serializeNulls().create();

    static final String SUCCESS = "00000";

    private Json() {
    }

    static byte[] success(JsonElement data, long requestTime) {
        return envelope(SUCCESS, "success", requestTime, data);
    }

    static byte[] error(String code, String msg, long requestTime) {
        return envelope(code, msg, requestTime, JsonNull.INSTANCE);
    }

    private static byte[] envelope(String code, String msg, long requestTime, JsonElement data) {
        JsonObject o = new JsonObject();
        o.addProperty("code", code);
        o.addProperty("msg", msg);
        o.addProperty("requestTime", requestTime);
        o.add("data", data);
        return GSON.toJson(o).getBytes(StandardCharsets.UTF_8);
    }

    /** Bitget sends numbers as plain decimal strings without exponent: {@code "27000.5"}. */
    static String decimal(BigDecimal value) {
        return value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    static JsonArray strings(String... values) {
        JsonArray a = new JsonArray(values.length);
        for (String v : values) {
            a.add(v);
        }
        return a;
    }
}
