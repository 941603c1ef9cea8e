package io.github.bitget4j.internal;

import com.google.gson.Gson;
import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.Auth;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.BitgetInterruptedException;
import io.github.bitget4j.errors.BitgetResponseException;
import io.github.bitget4j.errors.BitgetServiceException;
import io.github.bitget4j.RetryPolicy;
import io.github.bitget4j.internal.endpoints.CommonEndpointsV2;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.spi.ExceptionParser;
import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.TransportException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The one request pipeline behind every REST client: parameters → exact bytes → signature over those bytes →
 * transport sends them verbatim → response decoded or mapped to an exception. Everything that can be built
 * once (signer, headers, Gson, parsers) is built in the constructor. Thread-safe.
 */
public final class RestEngine implements AutoCloseable {

    /** URLs with many parameters are shortened in messages; the query is also in the trace. */
    private static final int MAX_URL_CHARS = 300;

    private final ClientOptions options;
    private final @Nullable Signer signer;
    private final HttpTransport transport;
    private final boolean ownsTransport;
    private final RequestEncoder encoder;
    private final ResponseDecoder decoder;
    private final Tracer tracer;
    private final Map<String, String> unsignedHeaders;
    private final Map<String, String> signedHeaders;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final RateLimitGate gate;
    private final @Nullable ClockSync clockSync;

    public RestEngine(ClientOptions options) {
        this.options = options;
        Gson gson = BitgetJson.gson();
        this.signer = SignerFactory.create(options); // parses the key now: a bad key fails at construction
        this.encoder = new RequestEncoder(gson, options.strictParamValidation(), options.encodeQueryStringValues());
        List<ExceptionParser> parsers = ProviderResolver
                .load(ExceptionParser.class, "bitget4j.exceptionParser", "BITGET4J_EXCEPTION_PARSER").allUsable();
        this.decoder = new ResponseDecoder(options.strictResponses() ? BitgetJson.strictGson() : gson,
                options.parseExceptions(), parsers);
        this.tracer = new Tracer(options.trace());
        this.unsignedHeaders = baseHeaders(options, false);
        this.signedHeaders = baseHeaders(options, true);
        HttpTransport supplied = options.httpTransport();
        this.ownsTransport = supplied == null;
        this.transport = supplied != null ? supplied : createTransport(options, signer);
        this.gate = createGate(options);
        this.clockSync = options.clockSync() ? new ClockSync(options.baseUrl(), options.clock(), options.clockSyncInterval(),
                () -> attempt(CommonEndpointsV2.GET_SERVER_TIME, null).data().serverTime()) : null;
    }

    private RateLimitGate createGate(ClientOptions options) {
        try {
            return RateLimitGate.create(options);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    private static HttpTransport createTransport(ClientOptions options, @Nullable Signer signer) {
        try {
            return TransportFactory.create(options);
        } catch (RuntimeException e) {
            if (signer != null) {
                signer.close();
            }
            throw e;
        }
    }

    private static Map<String, String> baseHeaders(ClientOptions options, boolean signed) {
        var headers = new LinkedHashMap<String, String>();
        headers.put("Content-Type", "application/json");
        headers.put("locale", "en-US");
        if (options.demoTrading()) {
            headers.put("paptrading", "1");
        }
        if (options.channelApiCode() != null) {
            headers.put("X-CHANNEL-API-CODE", options.channelApiCode());
        }
        if (signed && options.apiKey() != null && options.apiPass() != null) {
            headers.put("ACCESS-KEY", options.apiKey());
            headers.put("ACCESS-PASSPHRASE", options.apiPass());
        }
        return java.util.Collections.unmodifiableMap(headers); // keeps the order they are sent in
    }

    public ClientOptions options() {
        return options;
    }

    /**
     * Sends the request and decodes its answer; re-sends it when the retry policy says that is safe, and once after a
     * 40008 when the clock sync is on (Bitget refused it unexecuted).
     */
    public <T> ApiResponse<T> call(Endpoint<T> endpoint, @Nullable Object params) {
        RetryPolicy policy = options.retryPolicy();
        boolean resynced = false;
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(endpoint, params);
            } catch (BitgetServiceException e) {
                if (e.isClockSkew() && clockSync != null && !resynced) {
                    resynced = true;
                    attempt--; // the re-send after a re-sync is not one of the policy's retries
                    clockSync.resync();
                    tracer.retry(endpoint, Duration.ZERO, "40008 after measuring Bitget's clock again", e);
                    continue;
                }
                backOffOrThrow(policy, attempt, endpoint, e);
            } catch (BitgetException e) {
                backOffOrThrow(policy, attempt, endpoint, e);
            }
        }
    }

    private void backOffOrThrow(RetryPolicy policy, int attempt, Endpoint<?> endpoint, BitgetException failure) {
        if (attempt >= policy.maxAttempts() || closed.get() || !RetryPolicy.safeToResend(failure, endpoint.method())) {
            throw failure;
        }
        Duration delay = policy.delayBefore(attempt,
                failure instanceof BitgetResponseException answered ? answered.retryAfter() : null);
        tracer.retry(endpoint, delay, "attempt " + (attempt + 1) + " of " + policy.maxAttempts(), failure);
        try {
            Thread.sleep(delay);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failure.addSuppressed(e);
            throw failure;
        }
    }

    private <T> ApiResponse<T> attempt(Endpoint<T> endpoint, @Nullable Object params) {
        if (closed.get()) {
            throw new BitgetClientException("the client is closed");
        }
        boolean sign = mustSign(endpoint);
        String query;
        byte[] body;
        if (endpoint.method().equals("GET")) {
            query = encoder.queryString(endpoint, params);
            body = new byte[0];
        } else {
            query = "";
            body = encoder.body(endpoint, params);
        }
        String path = encoder.path(endpoint, params);
        String pathAndQuery = query.isEmpty() ? path : path + "?" + query;
        gate.acquire(endpoint, sign); // before signing: the timestamp must not age while waiting for a permit
        HttpResponse response;
        try {
            HttpRequest request = new HttpRequest(endpoint.method(), options.baseUrl() + pathAndQuery,
                    sign ? signedHeaders(endpoint.method(), pathAndQuery, body) : unsignedHeaders, body); // HttpRequest copies
            response = send(request);
        } finally {
            gate.answered(endpoint, sign); // from here on Bitget has seen it, if it ever will
        }
        try {
            return decoder.decode(endpoint, response);
        } catch (BitgetResponseException e) {
            if (response.status() == 429 || e instanceof BitgetServiceException service && service.isRateLimited()) {
                gate.rateLimited(endpoint, sign, e.retryAfter());
            }
            throw e;
        }
    }

    /** Private endpoints must be signed; optional ones are signed when credentials exist. */
    private boolean mustSign(Endpoint<?> endpoint) {
        if (endpoint.auth() == Auth.PUBLIC) {
            return false;
        }
        boolean complete = signer != null && options.apiKey() != null && options.apiPass() != null;
        if (endpoint.auth() == Auth.PRIVATE && !complete) {
            CredentialsCheck.requireComplete(endpoint.toString(), options, signer);
        }
        return complete;
    }

    private Map<String, String> signedHeaders(String method, String pathAndQuery, byte[] body) {
        String timestamp = Long.toString(clockSync != null ? clockSync.millis() : options.clock().millis());
        byte[] prehash = prehash(timestamp, method, pathAndQuery, body);
        var headers = orderedCopy(signedHeaders);
        headers.put("ACCESS-TIMESTAMP", timestamp);
        try {
            headers.put("ACCESS-SIGN", signer.sign(prehash));
        } catch (SignerException e) {
            throw new BitgetClientException("signing failed, nothing was sent: " + e.getMessage(), e);
        }
        return headers;
    }

    /**
     * timestamp + METHOD + path [+ "?" + query] + body, as UTF-8: exactly the bytes that are sent. Public for the
     * benchmarks, which measure this very code (the package is not exported).
     */
    public static byte[] prehash(String timestamp, String method, String pathAndQuery, byte[] body) {
        byte[] head = (timestamp + method + pathAndQuery).getBytes(StandardCharsets.UTF_8);
        if (body.length == 0) {
            return head;
        }
        byte[] all = new byte[head.length + body.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static LinkedHashMap<String, String> orderedCopy(Map<String, String> headers) {
        var copy = new LinkedHashMap<String, String>(headers.size() + 4);
        copy.putAll(headers);
        return copy;
    }

    private HttpResponse send(HttpRequest request) {
        tracer.request(request);
        long start = System.nanoTime();
        try {
            HttpResponse response = transport.send(request);
            tracer.response(request, response, System.nanoTime() - start);
            return response;
        } catch (TransportException e) {
            RuntimeException mapped = map(request, e);
            tracer.failure(request, mapped);
            throw mapped;
        }
    }

    /**
     * Every failure without an answer says whether the request may have reached the server: only then can it have
     * been acted on, and only then may re-sending a POST place an order twice.
     */
    private RuntimeException map(HttpRequest request, TransportException e) {
        String target = request.method() + " " + Snippets.abbreviate(request.url(), MAX_URL_CHARS);
        boolean reached = e.mayHaveReachedServer();
        boolean safeToResend = !reached || request.method().equals("GET");
        String fate = reached ? " (the request may have reached the server)" : " (not sent)";
        String reason = Snippets.abbreviate(String.valueOf(e.getMessage()), MAX_URL_CHARS);
        return switch (e.kind()) {
            case CONNECT -> new BitgetConnectionException("could not connect for " + target + fate + ": " + reason,
                    false, reached, safeToResend, e);
            case TIMEOUT -> new BitgetConnectionException((reached ? "timed out waiting for the response to "
                    : "timed out waiting for a connection for ") + target + fate + ": " + reason,
                    true, reached, safeToResend, e);
            case IO -> new BitgetConnectionException((closed.get() ? "the client was closed during " : "connection "
                    + "broke during ") + target + fate + ": " + reason, false, reached, safeToResend && !closed.get(), e);
            case INTERRUPTED -> {
                Thread.currentThread().interrupt();
                yield new BitgetInterruptedException("interrupted while waiting for " + target + fate, reached, e);
            }
            case REJECTED -> closed.get()
                    ? new BitgetConnectionException("the client is closed: " + target + fate, false, reached, false, e)
                    : new BitgetConnectionException("not sent: " + target + ": " + reason, false, reached, false, e);
        };
    }

    /** Closes the signer and, if this engine created it, the transport. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            if (ownsTransport && transport != null) {
                transport.close();
            }
        } finally {
            try {
                if (signer != null) {
                    signer.close();
                }
            } finally {
                if (gate != null) {
                    gate.close();
                }
            }
        }
    }
}
