package io.github.bitget4j.internal;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetValidationException;
import java.nio.charset.StandardCharsets;
import io.github.bitget4j.model.PathParam;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns request parameters into the exact bytes that are signed and sent: a sorted, percent-encoded query
 * string for GET, a JSON body for POST. Parameters are a request record, a {@code Map<String, ?>}, a
 * {@code List} (POST bodies that are JSON arrays), or null.
 */
final class RequestEncoder {

    private static final byte[] EMPTY = new byte[0];

    private final Gson gson;
    private final boolean strict;
    private final boolean encodeValues;

    RequestEncoder(Gson gson, boolean strict, boolean encodeValues) {
        this.gson = gson;
        this.strict = strict;
        this.encodeValues = encodeValues;
    }

    /**
     * The endpoint's path with each {@code {name}} segment replaced by that parameter's value, percent-encoded;
     * the path itself for the many endpoints without such segments.
     */
    String path(Endpoint<?> endpoint, @Nullable Object params) {
        List<String> names = endpoint.pathParameters();
        if (names.isEmpty()) {
            return endpoint.path();
        }
        JsonObject tree = params == null ? new JsonObject()
                : params instanceof Record record ? pathValues(record) : objectTree(endpoint, params);
        String path = endpoint.path();
        for (String name : names) {
            JsonElement value = tree.get(name);
            if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
                throw new BitgetValidationException(endpoint + ": path parameter '" + name + "' is required");
            }
            path = path.replace("{" + name + "}", PercentEncoder.encode(value.getAsString()));
        }
        return path;
    }

    /** Components marked {@link PathParam}, per record type: looked up once. */
    private static final ClassValue<List<RecordComponent>> PATH_COMPONENTS = new ClassValue<>() {
        @Override
        protected List<RecordComponent> computeValue(Class<?> type) {
            return java.util.Arrays.stream(type.getRecordComponents())
                    .filter(c -> c.getAccessor().isAnnotationPresent(PathParam.class)).toList();
        }
    };

    /** The record's path parameters by segment name, as their wire text (an enum's wire value). */
    private JsonObject pathValues(Record record) {
        JsonObject values = new JsonObject();
        for (RecordComponent component : PATH_COMPONENTS.get(record.getClass())) {
            try {
                Object value = component.getAccessor().invoke(record);
                values.add(component.getAccessor().getAnnotation(PathParam.class).value(), gson.toJsonTree(value));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component, e);
            }
        }
        return values;
    }

    /** The parameters as a JSON object. */
    private JsonObject objectTree(Endpoint<?> endpoint, Object params) {
        JsonElement tree = toJson(endpoint, () -> gson.toJsonTree(params));
        if (!tree.isJsonObject()) {
            throw new BitgetValidationException(endpoint + ": parameters must be a record or a map, not "
                    + params.getClass().getSimpleName());
        }
        return tree.getAsJsonObject();
    }

    /** The query string without the leading '?', empty when there are no parameters. */
    String queryString(Endpoint<?> endpoint, @Nullable Object params) {
        if (params == null) {
            return "";
        }
        checkMap(endpoint, params);
        JsonElement written = toJson(endpoint, () -> gson.toJsonTree(params));
        JsonElement tree = params instanceof Record ? written : withoutPathParameters(endpoint, written);
        if (!tree.isJsonObject()) {
            throw new BitgetValidationException(endpoint + ": GET parameters must be a record or a map, not "
                    + params.getClass().getSimpleName());
        }
        JsonObject object = tree.getAsJsonObject();
        if (object.isEmpty()) {
            return "";
        }
        var names = new ArrayList<>(object.keySet());
        names.sort(null); // ASCII order of keys, as Bitget's reference does
        var query = new StringBuilder(names.size() * 24);
        for (String name : names) {
            JsonElement value = object.get(name);
            if (value.isJsonNull()) {
                continue;
            }
            if (!value.isJsonPrimitive()) {
                throw new BitgetValidationException(endpoint + ": parameter '" + name + "' must be a single value in a query");
            }
            if (!query.isEmpty()) {
                query.append('&');
            }
            appendPair(endpoint, name, value.getAsString(), query);
        }
        return query.toString();
    }

    private void appendPair(Endpoint<?> endpoint, String name, String value, StringBuilder query) {
        if (encodeValues) {
            PercentEncoder.encode(name, query);
            query.append('=');
            PercentEncoder.encode(value, query);
            return;
        }
        if (!PercentEncoder.isSafePreEncoded(name) || !PercentEncoder.isSafePreEncoded(value)) {
            throw new BitgetValidationException(endpoint + ": parameter '" + name + "' holds characters that cannot be "
                    + "sent unencoded in a query (space, &, =, +, #, non-ASCII, a lone %); pre-encode it or leave "
                    + "encodeQueryStringValues on");
        }
        query.append(name).append('=').append(value);
    }

    /** The JSON body bytes, empty when there are no parameters. */
    byte[] body(Endpoint<?> endpoint, @Nullable Object params) {
        if (params == null) {
            return EMPTY;
        }
        checkMap(endpoint, params);
        String json = endpoint.pathParameters().isEmpty() || params instanceof Record
                ? toJson(endpoint, () -> gson.toJson(params))
                : gson.toJson(withoutPathParameters(endpoint, objectTree(endpoint, params)));
        if (json.equals("{}") || json.equals("null")) {
            return EMPTY;
        }
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** For map parameters: a record's path parameters are never written (see ExtraParamsAdapterFactory). */
    private static JsonElement withoutPathParameters(Endpoint<?> endpoint, JsonElement tree) {
        if (endpoint.pathParameters().isEmpty() || !tree.isJsonObject()) {
            return tree;
        }
        JsonObject copy = tree.getAsJsonObject().deepCopy();
        endpoint.pathParameters().forEach(copy::remove);
        return copy;
    }

    /** Gson refuses NaN and infinities (JSON has no such numbers) with an untyped exception: typed here. */
    private static <T> T toJson(Endpoint<?> endpoint, java.util.function.Supplier<T> write) {
        try {
            return write.get();
        } catch (IllegalArgumentException e) {
            throw new BitgetValidationException(endpoint + ": a parameter cannot be sent (NaN and infinities are not "
                    + "numbers Bitget accepts): " + Snippets.abbreviate(String.valueOf(e.getMessage()), 200));
        }
    }

    /** Strict validation only applies to maps: a record cannot hold an undeclared parameter. */
    private void checkMap(Endpoint<?> endpoint, Object params) {
        if (!strict || !(params instanceof Map<?, ?> map)) {
            return;
        }
        Set<String> declared = endpoint.parameters();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String name = String.valueOf(entry.getKey());
            if (entry.getValue() == null) {
                throw new BitgetValidationException(endpoint + ": parameter '" + name + "' is null "
                        + "(strictParamValidation is on; leave it out instead)");
            }
            if (declared != null && !declared.contains(name)) {
                throw new BitgetValidationException(endpoint + ": parameter '" + name + "' is not one this endpoint "
                        + "accepts (strictParamValidation is on). Accepted: " + declared.stream().sorted().toList());
            }
        }
    }
}
