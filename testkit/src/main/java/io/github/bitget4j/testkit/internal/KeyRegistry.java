package io.github.bitget4j.testkit.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/** The API keys the server accepts. Lock-free reads on the request path. */
public final class KeyRegistry {

    private final Map<String, RegisteredKey> keys = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException when the key is already registered */
    void add(RegisteredKey key) {
        if (keys.putIfAbsent(key.apiKey(), key) != null) {
            throw new IllegalArgumentException("API key already registered: " + key.apiKey());
        }
    }

    @Nullable RegisteredKey find(String apiKey) {
        return keys.get(apiKey);
    }

    public boolean contains(String apiKey) {
        return keys.containsKey(apiKey);
    }
}
