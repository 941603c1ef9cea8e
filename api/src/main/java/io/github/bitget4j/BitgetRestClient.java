package io.github.bitget4j;

import com.google.gson.JsonElement;
import com.google.gson.reflect.TypeToken;
import io.github.bitget4j.internal.RestEngine;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What every REST client shares: running declared endpoints, a raw escape hatch for endpoints not yet
 * declared, and {@link #close()}.
 *
 * <p>Calls block the calling thread until the response is in; they are cheap on virtual threads and
 * honour {@link Thread#interrupt()} (then a {@code BitgetInterruptedException} is thrown). A client is
 * thread-safe: share one per set of credentials.
 *
 * <p>Ownership: a client creates its HTTP transport (connection pool, threads) and its signer, and
 * {@link #close()} releases both. A transport passed in {@link ClientOptions#httpTransport()} belongs to
 * the caller and is never closed by the client.
 */
public abstract sealed class BitgetRestClient implements EndpointCaller, AutoCloseable
        permits RestClientV2, RestClientV3 {

    private final RestEngine engine;

    BitgetRestClient(ClientOptions options) {
        this.engine = new RestEngine(options);
    }

    @Override
    public final <T> ApiResponse<T> call(Endpoint<T> endpoint, @Nullable Object params) {
        return engine.call(endpoint, params);
    }

    /**
     * The options this client was built with.
     *
     * @return the options, immutable
     */
    public final ClientOptions options() {
        return engine.options();
    }

    /**
     * An unsigned GET of any path, e.g. a public endpoint not declared yet; the payload is left as JSON.
     *
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}
     * @param params query parameters, or null for none
     * @return the response, its {@code data} as raw JSON
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final ApiResponse<JsonElement> get(String path, @Nullable Map<String, ?> params) {
        return get(path, params, JsonElement.class);
    }

    /**
     * An unsigned GET of any path, its payload decoded as {@code dataType}.
     *
     * @param <T> the payload type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}
     * @param params query parameters, or null for none
     * @param dataType the class {@code data} is decoded into
     * @return the response
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final <T> ApiResponse<T> get(String path, @Nullable Map<String, ?> params, Class<T> dataType) {
        return call(Endpoint.get(path, Auth.PUBLIC, dataType), params);
    }

    /**
     * An unsigned GET of any path, its payload decoded as a generic type, e.g. {@code new TypeToken<List<Foo>>() {}}.
     *
     * @param <T> the payload type
     * @param path the path
     * @param params query parameters, or null for none
     * @param dataType the type {@code data} is decoded into
     * @return the response
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final <T> ApiResponse<T> get(String path, @Nullable Map<String, ?> params, TypeToken<T> dataType) {
        return call(Endpoint.get(path, Auth.PUBLIC, dataType), params);
    }

    /**
     * A signed GET of any path; the payload is left as JSON.
     *
     * @param path the path, e.g. {@code /api/v2/spot/account/assets}
     * @param params query parameters, or null for none
     * @return the response, its {@code data} as raw JSON
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final ApiResponse<JsonElement> getPrivate(String path, @Nullable Map<String, ?> params) {
        return getPrivate(path, params, JsonElement.class);
    }

    /**
     * A signed GET of any path, its payload decoded as {@code dataType}.
     *
     * @param <T> the payload type
     * @param path the path
     * @param params query parameters, or null for none
     * @param dataType the class {@code data} is decoded into
     * @return the response
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final <T> ApiResponse<T> getPrivate(String path, @Nullable Map<String, ?> params, Class<T> dataType) {
        return call(Endpoint.get(path, Auth.PRIVATE, dataType), params);
    }

    /**
     * A signed GET of any path, its payload decoded as a generic type.
     *
     * @param <T> the payload type
     * @param path the path
     * @param params query parameters, or null for none
     * @param dataType the type {@code data} is decoded into
     * @return the response
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final <T> ApiResponse<T> getPrivate(String path, @Nullable Map<String, ?> params, TypeToken<T> dataType) {
        return call(Endpoint.get(path, Auth.PRIVATE, dataType), params);
    }

    /**
     * A signed POST of any path; the payload is left as JSON.
     *
     * @param path the path, e.g. {@code /api/v2/spot/trade/place-order}
     * @param params a map, a record or a list, sent as the JSON body; null for an empty body
     * @return the response, its {@code data} as raw JSON
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final ApiResponse<JsonElement> postPrivate(String path, @Nullable Object params) {
        return postPrivate(path, params, JsonElement.class);
    }

    /**
     * A signed POST of any path, its payload decoded as {@code dataType}.
     *
     * @param <T> the payload type
     * @param path the path
     * @param params a map, a record or a list, sent as the JSON body; null for an empty body
     * @param dataType the class {@code data} is decoded into
     * @return the response
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final <T> ApiResponse<T> postPrivate(String path, @Nullable Object params, Class<T> dataType) {
        return call(Endpoint.post(path, Auth.PRIVATE, dataType), params);
    }

    /**
     * A signed POST of any path, its payload decoded as a generic type.
     *
     * @param <T> the payload type
     * @param path the path
     * @param params a map, a record or a list, sent as the JSON body; null for an empty body
     * @param dataType the type {@code data} is decoded into
     * @return the response
     * @throws io.github.bitget4j.errors.BitgetException when the call fails; {@code requestFate()} tells whether it may
     *         have reached Bitget
     */
    public final <T> ApiResponse<T> postPrivate(String path, @Nullable Object params, TypeToken<T> dataType) {
        return call(Endpoint.post(path, Auth.PRIVATE, dataType), params);
    }

    /** Releases the transport (if this client created it) and the signer. Idempotent; later calls fail. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + engine.options().baseUrl() + ", demoTrading="
                + engine.options().demoTrading() + "]";
    }
}
