package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.github.bitget4j.testkit.internal.ModelCatalog.EndpointSpec;
import io.github.bitget4j.testkit.internal.ModelCatalog.Field;
import io.github.bitget4j.testkit.internal.ModelCatalog.Type;
import java.util.List;
import java.util.Locale;

/**
 * Answers for the modelled endpoints the testkit does not simulate: shaped like Bitget's documented examples,
 * with every field of the model filled (so a client decodes each one), request parameters echoed where the
 * answer has a field of the same name, and plausible values by name (a symbol is BTCUSDT, a coin USDT).
 */
final class Fixtures {

    private final ModelCatalog catalog;

    Fixtures(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** Registers a fixture route for every modelled endpoint that has no simulated route yet. */
    void registerMissing(Routes routes) {
        for (EndpointSpec spec : catalog.endpoints()) {
            if (routes.find(spec.method(), spec.path()) != null) {
                continue;
            }
            Routes.Handler handler = call -> answer(spec, call);
            if (spec.method().equals("GET")) {
                routes.get(spec.path(), spec.auth(), spec.version(), handler);
            } else {
                routes.post(spec.path(), spec.auth(), spec.version(), handler);
            }
        }
    }

    JsonElement answer(EndpointSpec spec, ApiCall call) {
        Params params = spec.requestIsList() ? Params.ofQuery("") : call.params();
        return value(spec.response(), "data", params, call.now(), 0);
    }

    private JsonElement value(String type, String name, Params params, long now, int depth) {
        if (type.startsWith("list<")) {
            JsonArray list = new JsonArray();
            list.add(value(type.substring(5, type.length() - 1), name, params, now, depth + 1));
            return list;
        }
        List<String> enumValues = catalog.enumValues(type);
        if (enumValues != null) {
            String given = params.optional(name);
            return new JsonPrimitive(given != null && enumValues.contains(given) ? given : enumValues.get(0));
        }
        Type record = catalog.type(type);
        if (record != null) {
            return record(record, params, now, depth);
        }
        return scalar(type, name, params, now);
    }

    private JsonElement record(Type record, Params params, long now, int depth) {
        if (record.kind().equals("custom") || depth > 6) {
            return JsonNull.INSTANCE; // only nullable fields hold custom types; they are simulated elsewhere
        }
        if (record.kind().equals("array")) {
            JsonArray positional = new JsonArray();
            for (Field field : record.fields()) {
                positional.add(value(field.type(), field.name(), params, now, depth + 1));
            }
            return positional;
        }
        JsonObject object = new JsonObject();
        for (Field field : record.fields()) {
            object.add(field.name(), value(field.type(), field.name(), params, now, depth + 1));
        }
        return object;
    }

    private static JsonElement scalar(String type, String name, Params params, long now) {
        String given = params.optional(name);
        String lower = name.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "text" -> new JsonPrimitive(given != null ? given : text(lower));
            case "decimal" -> new JsonPrimitive(given != null && isNumber(given) ? given : "1.5");
            case "int" -> new JsonPrimitive(given != null && isNumber(given) ? given : "1");
            case "long" -> new JsonPrimitive(lower.contains("time") || lower.equals("ts") ? Long.toString(now) : "1");
            case "time" -> new JsonPrimitive(Long.toString(now));
            case "bool" -> new JsonPrimitive(false);
            case "json" -> new JsonObject();
            default -> throw new IllegalStateException("the model names an unknown type " + type);
        };
    }

    private static String text(String name) {
        if (name.contains("symbol")) {
            return "BTCUSDT";
        }
        if (name.contains("coin")) {
            return "USDT";
        }
        if (name.endsWith("id") || name.endsWith("oid")) {
            return "1234567890";
        }
        return "text";
    }

    private static boolean isNumber(String text) {
        try {
            new java.math.BigDecimal(text);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
