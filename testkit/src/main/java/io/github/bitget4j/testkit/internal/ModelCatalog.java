package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The SDK's endpoint model as the testkit sees it: the JSON that codegen makes from {@code codegen/model}. It
 * says which parameters each endpoint takes and what its answer looks like; read once, immutable after.
 */
final class ModelCatalog {

    private static final String RESOURCE = "/io/github/bitget4j/testkit/model/endpoints.json";

    /** {@code inPath}: the value goes in a {@code {name}} segment of the path, not in the query or body. */
    record Field(String name, String type, boolean required, boolean inPath) {
    }

    record Type(String name, String kind, List<Field> fields) {
    }

    record EndpointSpec(String name, ApiVersion version, String method, String path, Routes.Auth auth,
                        @Nullable String request, boolean requestIsList, String response, Limit limit) {
    }

    /** Bitget's limit for an endpoint: {@code count} per {@code windowSeconds}, per {@code scope} (uid or ip), in {@code group}. */
    record Limit(int count, int windowSeconds, String scope, String group) {
    }

    private final Map<String, List<String>> enums;
    private final Map<String, Type> types;
    private final Map<String, EndpointSpec> endpoints;
    private final List<Map.Entry<EndpointSpec, PathTemplate>> templates;

    private ModelCatalog(Map<String, List<String>> enums, Map<String, Type> types, Map<String, EndpointSpec> endpoints) {
        this.enums = enums;
        this.types = types;
        this.endpoints = endpoints;
        this.templates = endpoints.values().stream().filter(e -> PathTemplate.isTemplate(e.path()))
                .map(e -> Map.entry(e, PathTemplate.of(e.path()))).toList();
    }

    static ModelCatalog load() {
        try (InputStream in = ModelCatalog.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the endpoint model " + RESOURCE + " is missing from the testkit jar");
            }
            return parse(JsonParser.parseString(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getAsJsonObject());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ModelCatalog parse(JsonObject root) {
        var enums = new HashMap<String, List<String>>();
        root.getAsJsonObject("enums").entrySet().forEach(e -> enums.put(e.getKey(), strings(e.getValue().getAsJsonArray())));
        var types = new HashMap<String, Type>();
        for (Map.Entry<String, JsonElement> e : root.getAsJsonObject("types").entrySet()) {
            JsonObject type = e.getValue().getAsJsonObject();
            var fields = new ArrayList<Field>();
            for (JsonElement f : type.getAsJsonArray("fields")) {
                JsonObject field = f.getAsJsonObject();
                boolean required = field.has("required") ? field.get("required").getAsBoolean()
                        : !field.get("nullable").getAsBoolean();
                fields.add(new Field(field.get("name").getAsString(), field.get("type").getAsString(), required,
                        field.has("path") && field.get("path").getAsBoolean()));
            }
            types.put(e.getKey(), new Type(e.getKey(), type.get("kind").getAsString(), List.copyOf(fields)));
        }
        var endpoints = new HashMap<String, EndpointSpec>();
        for (JsonElement e : root.getAsJsonArray("endpoints")) {
            JsonObject o = e.getAsJsonObject();
            JsonElement request = o.get("request");
            var spec = new EndpointSpec(o.get("name").getAsString(),
                    o.get("version").getAsString().equals("v2") ? ApiVersion.V2 : ApiVersion.V3,
                    o.get("method").getAsString(), o.get("path").getAsString(),
                    Routes.Auth.valueOf(o.get("auth").getAsString().toUpperCase(java.util.Locale.ROOT)),
                    request.isJsonNull() ? null : request.getAsString(), o.get("requestIsList").getAsBoolean(),
                    o.get("response").getAsString(), limit(o.getAsJsonObject("limit")));
            endpoints.put(spec.method() + " " + spec.path(), spec);
        }
        return new ModelCatalog(Map.copyOf(enums), Map.copyOf(types), Map.copyOf(endpoints));
    }

    private static Limit limit(JsonObject o) {
        return new Limit(o.get("count").getAsInt(), o.get("windowSeconds").getAsInt(), o.get("scope").getAsString(),
                o.get("group").getAsString());
    }

    private static List<String> strings(JsonArray array) {
        var out = new ArrayList<String>(array.size());
        array.forEach(v -> out.add(v.getAsString()));
        return List.copyOf(out);
    }

    @Nullable EndpointSpec find(String method, String path) {
        EndpointSpec exact = endpoints.get(method + " " + path);
        if (exact != null) {
            return exact;
        }
        for (Map.Entry<EndpointSpec, PathTemplate> template : templates) {
            if (template.getKey().method().equals(method) && template.getValue().match(path) != null) {
                return template.getKey();
            }
        }
        return null;
    }

    /** The {@code {name}} values of a path that fits a modelled template; empty otherwise. */
    Map<String, String> pathValues(EndpointSpec spec, String path) {
        for (Map.Entry<EndpointSpec, PathTemplate> template : templates) { // compiled once, in the constructor
            if (template.getKey() == spec) {
                Map<String, String> values = template.getValue().match(path);
                return values == null ? Map.of() : values;
            }
        }
        return Map.of();
    }

    Iterable<EndpointSpec> endpoints() {
        return endpoints.values();
    }

    @Nullable Type type(String name) {
        return types.get(name);
    }

    /** The wire values of an enum, or null when {@code name} is not an enum. */
    @Nullable List<String> enumValues(String name) {
        return enums.get(name);
    }

    Set<String> typeNames() {
        return types.keySet();
    }
}
