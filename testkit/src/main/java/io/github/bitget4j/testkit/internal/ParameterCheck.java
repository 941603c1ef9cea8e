package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.testkit.internal.ModelCatalog.EndpointSpec;
import io.github.bitget4j.testkit.internal.ModelCatalog.Field;
import io.github.bitget4j.testkit.internal.ModelCatalog.Type;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request's parameters against the model, as Bitget does: a required one missing is {@code 40019}, one
 * the endpoint does not take is {@code 40034}, an enum value Bitget does not know is {@code 40020}.
 */
final class ParameterCheck {

    private final ModelCatalog catalog;

    ParameterCheck(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** @throws ApiError naming the first bad parameter; does nothing for endpoints the model does not know */
    void check(String method, String path, String rawQuery, @Nullable JsonElement body) {
        EndpointSpec spec = catalog.find(method, path);
        if (spec == null) {
            return;
        }
        Type request = spec.request() == null ? null : catalog.type(spec.request());
        checkPathValues(request, catalog.pathValues(spec, path));
        if (method.equals("GET")) {
            checkObject(request, queryAsObject(rawQuery), "");
        } else if (spec.requestIsList()) {
            if (body == null || !body.isJsonArray()) {
                throw ApiError.malformedRequest("body must be a JSON array");
            }
            for (int i = 0; i < body.getAsJsonArray().size(); i++) {
                JsonElement item = body.getAsJsonArray().get(i);
                checkObject(request, item.isJsonObject() ? item.getAsJsonObject() : null, "[" + i + "].");
            }
        } else if (body == null) {
            checkObject(request, new JsonObject(), "");
        } else if (!body.isJsonObject()) {
            throw ApiError.malformedRequest("body must be a JSON object");
        } else {
            checkObject(request, body.getAsJsonObject(), "");
        }
    }

    /** A {name} segment holds one of the enum's values (crossed or isolated), or the route is unknown, as on Bitget. */
    private void checkPathValues(@Nullable Type request, Map<String, String> values) {
        if (request == null) {
            return;
        }
        for (Field field : request.fields()) {
            List<String> allowed = catalog.enumValues(field.type());
            if (field.inPath() && allowed != null && !allowed.contains(values.get(field.name()))) {
                throw ApiError.notFound();
            }
        }
    }

    private void checkObject(@Nullable Type request, @Nullable JsonObject given, String prefix) {
        if (given == null) {
            throw ApiError.malformedRequest(prefix + " must be a JSON object");
        }
        List<Field> fields = request == null ? List.of() : request.fields().stream().filter(f -> !f.inPath()).toList();
        for (Map.Entry<String, JsonElement> entry : given.entrySet()) {
            if (fields.stream().noneMatch(f -> f.name().equals(entry.getKey()))) {
                throw unknown(prefix + entry.getKey());
            }
        }
        for (Field field : fields) {
            JsonElement value = given.get(field.name());
            if (value == null || value.isJsonNull() || value.isJsonPrimitive() && value.getAsString().isBlank()) {
                if (field.required()) {
                    throw ApiError.missingParameter(prefix + field.name());
                }
                continue;
            }
            checkValue(field, value, prefix + field.name());
        }
    }

    private void checkValue(Field field, JsonElement value, String label) {
        String type = field.type();
        if (type.startsWith("list<")) {
            if (!value.isJsonArray()) {
                throw ApiError.invalidParameter(label);
            }
            Type element = catalog.type(type.substring(5, type.length() - 1));
            for (int i = 0; i < value.getAsJsonArray().size(); i++) {
                JsonElement item = value.getAsJsonArray().get(i);
                if (element != null) {
                    checkObject(element, item.isJsonObject() ? item.getAsJsonObject() : null, label + "[" + i + "].");
                }
            }
            return;
        }
        List<String> allowed = catalog.enumValues(type);
        if (allowed != null && (!value.isJsonPrimitive() || !allowed.contains(value.getAsString()))) {
            throw ApiError.invalidParameter(label);
        }
    }

    private static JsonObject queryAsObject(String rawQuery) {
        JsonObject object = new JsonObject();
        Params.ofQuery(rawQuery).forEach(object::addProperty);
        return object;
    }

    private static ApiError unknown(String name) {
        return ApiError.badRequest("40034", "Parameter " + name + " does not exist");
    }
}
