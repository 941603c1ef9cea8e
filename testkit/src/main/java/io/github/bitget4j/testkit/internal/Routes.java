package io.github.bitget4j.testkit.internal;

import com.google.gson.JsonElement;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The endpoint table: method and path to what serves it. Built once, read without locks. */
final class Routes {

    /** Bitget's three kinds: never signed, signed when a key is sent, always signed. */
    enum Auth { PUBLIC, OPTIONAL, PRIVATE }

    @FunctionalInterface
    interface Handler {
        /** @return the {@code data} of the success envelope */
        JsonElement handle(ApiCall call);
    }

    record Endpoint(Auth auth, ApiVersion version, Handler handler) {
    }

    private final Map<String, Endpoint> endpoints = new HashMap<>();
    /** Routes with {name} segments, tried in order when no exact route fits. */
    private final java.util.List<Map.Entry<String, PathTemplate>> templates = new java.util.ArrayList<>();

    void get(String path, Auth auth, ApiVersion version, Handler handler) {
        add("GET", path, new Endpoint(auth, version, handler));
    }

    void post(String path, Auth auth, ApiVersion version, Handler handler) {
        add("POST", path, new Endpoint(auth, version, handler));
    }

    private void add(String method, String path, Endpoint endpoint) {
        if (endpoints.putIfAbsent(method + " " + path, endpoint) != null) {
            throw new IllegalStateException("duplicate route " + method + " " + path);
        }
        if (PathTemplate.isTemplate(path)) {
            templates.add(Map.entry(method, PathTemplate.of(path)));
        }
    }

    @Nullable Endpoint find(String method, String path) {
        Endpoint exact = endpoints.get(method + " " + path);
        if (exact != null || templates.isEmpty()) {
            return exact;
        }
        for (Map.Entry<String, PathTemplate> template : templates) {
            if (template.getKey().equals(method) && template.getValue().match(path) != null) {
                return endpoints.get(method + " " + template.getValue().template());
            }
        }
        return null;
    }
}
