package io.github.bitget4j;

import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.spi.RateLimit;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One REST endpoint, declared once: verb, path, auth, the type of its {@code data}, and the parameters
 * it accepts. The SDK declares every endpoint it knows this way; declare your own for endpoints Bitget
 * adds tomorrow and run them with {@link EndpointCaller#call}:
 * <pre>{@code
 * static final Endpoint<MyRecord> NEW_THING = Endpoint.get("/api/v2/new/thing", Auth.PRIVATE, MyRecord.class);
 * client.call(NEW_THING, Map.of("symbol", "BTCUSDT"));
 * }</pre>
 * A path may hold {@code {name}} segments, filled from the parameters (see {@link #pathParameters()}).
 * Immutable and thread-safe; build them once (as constants), not per call.
 *
 * @param <T> the type {@code data} decodes to
 */
public final class Endpoint<T> {

    private static final java.util.regex.Pattern PATH_PARAMETER = java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)}");

    private final String method;
    private final String path;
    private final Auth auth;
    private final Type dataType;
    private final Type responseType;
    private final @Nullable Set<String> parameters;
    private final List<String> pathParameters;
    private final @Nullable RateLimit rateLimit;

    private Endpoint(String method, String path, Auth auth, Type dataType, @Nullable Set<String> parameters) {
        this(method, path, auth, dataType, parameters, null);
    }

    private Endpoint(String method, String path, Auth auth, Type dataType, @Nullable Set<String> parameters,
            @Nullable RateLimit rateLimit) {
        if (!path.startsWith("/")) {
            throw new BitgetValidationException("endpoint path must start with '/': " + path);
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            // signed and sent verbatim: a space, '?', '#' or non-ASCII would be re-encoded or cut on the way
            if (c <= ' ' || c >= 0x7F || c == '?' || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\') {
                throw new BitgetValidationException("endpoint path holds a character that cannot be sent as is ("
                        + (c <= ' ' || c >= 0x7F ? "U+" + String.format("%04X", (int) c) : "'" + c + "'") + "): "
                        + path);
            }
        }
        this.method = method;
        this.path = path;
        this.auth = auth;
        this.dataType = dataType;
        this.responseType = TypeToken.getParameterized(ApiResponse.class, dataType).getType();
        this.parameters = parameters == null ? null : Set.copyOf(parameters);
        this.pathParameters = pathParameters(path);
        this.rateLimit = rateLimit;
    }

    /** The names of the path's {@code {name}} segments, in order. */
    private static List<String> pathParameters(String path) {
        var names = new java.util.ArrayList<String>();
        var matcher = PATH_PARAMETER.matcher(path);
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        return List.copyOf(names);
    }

    /**
     * A GET endpoint whose {@code data} is decoded as {@code dataType}.
     *
     * @param <T> the payload type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}; {@code {name}} segments are filled from parameters
     * @param auth whether the request is signed
     * @param dataType the class of {@code data}
     * @return the endpoint, without declared parameters or rate limit
     */
    public static <T> Endpoint<T> get(String path, Auth auth, Class<T> dataType) {
        return new Endpoint<>("GET", path, auth, dataType, null);
    }

    /**
     * A POST endpoint (JSON body) whose {@code data} is decoded as {@code dataType}.
     *
     * @param <T> the payload type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}; {@code {name}} segments are filled from parameters
     * @param auth whether the request is signed
     * @param dataType the class of {@code data}
     * @return the endpoint, without declared parameters or rate limit
     */
    public static <T> Endpoint<T> post(String path, Auth auth, Class<T> dataType) {
        return new Endpoint<>("POST", path, auth, dataType, null);
    }

    /**
     * A GET endpoint for a generic data type, e.g. {@code new TypeToken<List<SpotTicker>>() {}}.
     *
     * @param <T> the payload type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}; {@code {name}} segments are filled from parameters
     * @param auth whether the request is signed
     * @param dataType the type of {@code data}
     * @return the endpoint, without declared parameters or rate limit
     */
    public static <T> Endpoint<T> get(String path, Auth auth, TypeToken<T> dataType) {
        return new Endpoint<>("GET", path, auth, dataType.getType(), null);
    }

    /**
     * A POST endpoint for a generic data type.
     *
     * @param <T> the payload type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}; {@code {name}} segments are filled from parameters
     * @param auth whether the request is signed
     * @param dataType the type of {@code data}
     * @return the endpoint, without declared parameters or rate limit
     */
    public static <T> Endpoint<T> post(String path, Auth auth, TypeToken<T> dataType) {
        return new Endpoint<>("POST", path, auth, dataType.getType(), null);
    }

    /**
     * A GET endpoint whose {@code data} is a JSON array of {@code elementType}.
     *
     * @param <E> the element type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}; {@code {name}} segments are filled from parameters
     * @param auth whether the request is signed
     * @param elementType the class of each element
     * @return the endpoint, without declared parameters or rate limit
     */
    public static <E> Endpoint<List<E>> getList(String path, Auth auth, Class<E> elementType) {
        return new Endpoint<>("GET", path, auth, TypeToken.getParameterized(List.class, elementType).getType(), null);
    }

    /**
     * A POST endpoint whose {@code data} is a JSON array of {@code elementType}.
     *
     * @param <E> the element type
     * @param path the path, e.g. {@code /api/v2/spot/market/tickers}; {@code {name}} segments are filled from parameters
     * @param auth whether the request is signed
     * @param elementType the class of each element
     * @return the endpoint, without declared parameters or rate limit
     */
    public static <E> Endpoint<List<E>> postList(String path, Auth auth, Class<E> elementType) {
        return new Endpoint<>("POST", path, auth, TypeToken.getParameterized(List.class, elementType).getType(), null);
    }

    /**
     * Declares the accepted parameter names; with {@code strictParamValidation} a map parameter outside
     * this set is refused before sending. Without a declaration any name is accepted.
     *
     * @param names the wire names
     * @return a copy with these names; this endpoint is unchanged
     */
    public Endpoint<T> withParameters(String... names) {
        return new Endpoint<>(method, path, auth, dataType, new LinkedHashSet<>(List.of(names)), rateLimit);
    }

    /**
     * Declares Bitget's limit for this endpoint: {@code permits} requests per {@code window}, per UID or per IP, in
     * the endpoint's own budget. The client's rate limiter keeps to it.
     *
     * @param permits requests per window
     * @param window the window
     * @param scope whether the budget is per UID or per IP
     * @return a copy with this limit; this endpoint is unchanged
     */
    public Endpoint<T> withRateLimit(int permits, Duration window, RateLimit.Scope scope) {
        return withRateLimit(permits, window, scope, path);
    }

    /**
     * As {@link #withRateLimit(int, Duration, RateLimit.Scope)}, in a budget shared by every endpoint of {@code group}.
     *
     * @param permits requests per window
     * @param window the window
     * @param scope whether the budget is per UID or per IP
     * @param group the name of the shared budget
     * @return a copy with this limit; this endpoint is unchanged
     */
    public Endpoint<T> withRateLimit(int permits, Duration window, RateLimit.Scope scope, String group) {
        return new Endpoint<>(method, path, auth, dataType, parameters,
                new RateLimit(permits, Objects.requireNonNull(window, "window"), scope, group));
    }

    /**
     * Declares the accepted parameters as the components of a request record (honouring {@code @SerializedName}).
     *
     * @param requestType the request record
     * @return a copy with these names; this endpoint is unchanged
     */
    public Endpoint<T> withParameters(Class<? extends Record> requestType) {
        var names = new LinkedHashSet<String>();
        for (RecordComponent component : requestType.getRecordComponents()) {
            SerializedName wireName = component.getAccessor().getAnnotation(SerializedName.class);
            if (wireName == null) {
                wireName = fieldAnnotation(requestType, component.getName());
            }
            names.add(wireName == null ? component.getName() : wireName.value());
        }
        return new Endpoint<>(method, path, auth, dataType, names, rateLimit);
    }

    private static @Nullable SerializedName fieldAnnotation(Class<?> type, String field) {
        try {
            return type.getDeclaredField(field).getAnnotation(SerializedName.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** {@return the HTTP method, {@code GET} or {@code POST}} */
    public String method() {
        return method;
    }

    /** {@return the path, with its {@code {name}} segments unfilled} */
    public String path() {
        return path;
    }

    /** {@return whether the request is signed} */
    public Auth auth() {
        return auth;
    }

    /** {@return the type {@code data} is decoded into} */
    public Type dataType() {
        return dataType;
    }

    /** {@return {@code ApiResponse<dataType>}, computed once} */
    public Type responseType() {
        return responseType;
    }

    /**
     * The names of the {@code {name}} segments of the path, e.g. {@code marginType} in
     * {@code /api/v2/margin/{marginType}/account/assets}: each is filled from the parameter of that name, which is
     * then sent in the path only. Empty for most endpoints.
     *
     * @return the names, in path order
     */
    public List<String> pathParameters() {
        return pathParameters;
    }

    /** {@return the declared parameter names, or null when any name is accepted} */
    public @Nullable Set<String> parameters() {
        return parameters;
    }

    /**
     * Bitget's limit for this endpoint, or null when none was declared: the rate limiter then holds it to
     * {@link #DEFAULT_PUBLIC_LIMIT} or {@link #DEFAULT_PRIVATE_LIMIT}.
     *
     * @return the declared limit, or null
     */
    public @Nullable RateLimit rateLimit() {
        return rateLimit;
    }

    /** Requests per second, per IP, that an endpoint without a declared limit is held to when it is not private. */
    public static final int DEFAULT_PUBLIC_LIMIT = 10;
    /** Requests per second, per UID, that a private endpoint without a declared limit is held to. */
    public static final int DEFAULT_PRIVATE_LIMIT = 5;

    /** {@return the declared limit, or the default for this endpoint's auth (in the endpoint's own budget)} */
    public RateLimit effectiveRateLimit() {
        if (rateLimit != null) {
            return rateLimit;
        }
        return auth == Auth.PRIVATE ? new RateLimit(DEFAULT_PRIVATE_LIMIT, Duration.ofSeconds(1), RateLimit.Scope.UID, path)
                : new RateLimit(DEFAULT_PUBLIC_LIMIT, Duration.ofSeconds(1), RateLimit.Scope.IP, path);
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + auth + ")";
    }
}
