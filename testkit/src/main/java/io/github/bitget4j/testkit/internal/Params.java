package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Request parameters, from a query string or a JSON object, with Bitget's errors for missing or bad values. */
final class Params {

    private static final Params EMPTY = new Params(Map.of());

    private final Map<String, String> values;

    private Params(Map<String, String> values) {
        this.values = values;
    }

    /** Decodes a raw query; a malformed percent escape is a parameter error, as on Bitget. */
    static Params ofQuery(String rawQuery) {
        if (rawQuery.isEmpty()) {
            return EMPTY;
        }
        Map<String, String> values = new HashMap<>();
        try {
            for (String pair : rawQuery.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                values.putIfAbsent(name, value);
            }
        } catch (IllegalArgumentException e) {
            throw ApiError.malformedRequest("query");
        }
        return new Params(values);
    }

    /** Takes the primitive members of a JSON object; Bitget accepts {@code "size":1} as well as {@code "size":"1"}. */
    static Params ofJson(JsonObject object) {
        Map<String, String> values = new HashMap<>();
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
            if (e.getValue().isJsonPrimitive()) {
                values.put(e.getKey(), e.getValue().getAsString());
            }
        }
        return new Params(values);
    }

    /** Every parameter, in no particular order. */
    void forEach(java.util.function.BiConsumer<String, String> action) {
        values.forEach(action);
    }

    /** The value, or null when absent or blank. */
    @Nullable String optional(String name) {
        String v = values.get(name);
        return v == null || v.isBlank() ? null : v;
    }

    String required(String name) {
        String v = optional(name);
        if (v == null) {
            throw ApiError.missingParameter(name);
        }
        return v;
    }

    /** A required value that must be one of the given words (compared ignoring case), returned in lower case. */
    String requiredChoice(String name, String... choices) {
        String v = required(name);
        for (String c : choices) {
            if (c.equalsIgnoreCase(v)) {
                return c;
            }
        }
        throw ApiError.invalidParameter(name);
    }

    BigDecimal requiredPositive(String name) {
        BigDecimal v = optionalPositive(name);
        if (v == null) {
            throw ApiError.missingParameter(name);
        }
        return v;
    }

    @Nullable BigDecimal optionalPositive(String name) {
        String v = optional(name);
        if (v == null) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(v.trim());
            if (d.signum() <= 0) {
                throw ApiError.invalidParameter(name);
            }
            return d;
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(name);
        }
    }

    /** An integer between min and max (larger values are capped at max, as Bitget does for limits). */
    int intOr(String name, int defaultValue, int min, int max) {
        String v = optional(name);
        if (v == null) {
            return defaultValue;
        }
        try {
            int i = Integer.parseInt(v.trim());
            if (i < min) {
                throw ApiError.invalidParameter(name);
            }
            return Math.min(i, max);
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(name);
        }
    }

    @Nullable Long optionalLong(String name) {
        String v = optional(name);
        if (v == null) {
            return null;
        }
        try {
            return Long.parseLong(v.trim());
        } catch (NumberFormatException e) {
            throw ApiError.invalidParameter(name);
        }
    }
}
