package io.github.bitget4j;

import io.github.bitget4j.internal.OptionChecks;
import io.github.bitget4j.internal.OptionValues;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.ws.WsKey;
import java.security.KeyStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Every setting of every bitget4j client, immutable. One options object builds any client:
 * {@code new RestClientV3(options)}, {@code new RestClientV2(options)}.
 * <pre>{@code
 * ClientOptions options = ClientOptions.builder()
 *     .apiKey(System.getenv("API_KEY_COM"))
 *     .apiSecret(System.getenv("API_SECRET_COM"))
 *     .apiPass(System.getenv("API_PASS_COM"))
 *     .build();
 * }</pre>
 * {@link #toString()} never shows the secret, passphrase, key password or proxy password.
 */
public final class ClientOptions {

    /** Bitget's REST host, live and demo alike. */
    public static final String DEFAULT_BASE_URL = "https://api.bitget.com";
    /** Bitget's live WebSocket host; the socket paths ({@code /v2/ws/public}, ...) are appended. */
    public static final String DEFAULT_WS_URL = "wss://ws.bitget.com";
    /** Bitget's demo (paper trading) WebSocket host, used when {@link #demoTrading()} is set. */
    public static final String DEFAULT_DEMO_WS_URL = "wss://wspap.bitget.com";

    /** A frozen copy: it never leaves this object, and its maps are immutable. */
    private final OptionValues values;

    private ClientOptions(Builder b) {
        values = b.values.frozen();
    }

    public static Builder builder() { return new Builder(new OptionValues()); }

    /** Options with the defaults only: enough for public endpoints. */
    public static ClientOptions defaults() { return builder().build(); }

    public Builder toBuilder() { return new Builder(values.editable()); }

    /** API key; needed for private calls. Default none. */
    public @Nullable String apiKey() { return values.apiKey; }

    /** HMAC secret, PEM private key (RSA), or whatever a signer plugin understands. Default none. */
    public @Nullable String apiSecret() { return values.apiSecret; }

    /** API passphrase chosen when the key was created (not the account password). Default none. */
    public @Nullable String apiPass() { return values.apiPass; }

    /** Password of an encrypted PEM private key. Default none. */
    public @Nullable String keyPassword() { return values.keyPassword; }

    /** Demo (paper) trading: adds {@code paptrading: 1} to every request. Default false. */
    public boolean demoTrading() { return values.demoTrading; }

    /** A custom signer that wins over every signer plugin. Default none. */
    public @Nullable SignMessageFunction customSignMessageFn() { return values.customSignMessageFn; }

    /** REST base URL, without a trailing slash. Default {@value #DEFAULT_BASE_URL}. */
    public String baseUrl() { return values.baseUrl; }

    /** Refuse null parameter values and parameters an endpoint does not declare, before sending. Default false. */
    public boolean strictParamValidation() { return values.strictParamValidation; }

    /**
     * Percent-encode query values (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~}). Default true.
     * Turn off only when passing values already encoded; they are then sent and signed verbatim.
     */
    public boolean encodeQueryStringValues() { return values.encodeQueryStringValues; }

    /** Throw typed exceptions for failed calls; when false, a {@code BitgetRawResponseException}. Default true. */
    public boolean parseExceptions() { return values.parseExceptions; }

    /**
     * Refuse a response that holds a field the model does not know, or lacks one it promises (a non-null
     * component): the call fails with a {@code BitgetClientException} naming the field. Default false, which
     * ignores unknown fields, as a client meeting a newer Bitget must. Tests turn it on to catch drift.
     */
    public boolean strictResponses() { return values.strictResponses; }

    /** Reuse HTTP connections between calls. Default true. */
    public boolean keepAlive() { return values.keepAlive; }

    /**
     * How long an idle pooled connection is kept open, in ms. Default 30,000. (The Node reference SDK uses this
     * name for its TCP keep-alive probe delay, default 1,000; here it governs the connection pool.)
     */
    public long keepAliveMsecs() { return values.keepAliveMsecs; }

    /** Time to open a connection. Default 10 s. */
    public Duration connectTimeout() { return values.connectTimeout; }

    /** Time for a whole request, from sending to the last byte of the response. Default 30 s. */
    public Duration requestTimeout() { return values.requestTimeout; }

    /** HTTP or SOCKS5 proxy. Default none (direct). */
    public @Nullable ProxySettings proxy() { return values.proxy; }

    /** HTTP/2 when the server offers it over TLS ({@code AUTO}, the default), or always HTTP/1.1 or HTTP/2. */
    public HttpVersion httpVersion() { return values.httpVersion; }

    /** Certificates trusted for HTTPS and WSS instead of the JDK's defaults (host names are still checked); default none. */
    public @Nullable KeyStore trustStore() { return values.trustStore; }

    /** Broker/channel tag sent as {@code X-CHANNEL-API-CODE}. Default none: no such header is sent. */
    public @Nullable String channelApiCode() { return values.channelApiCode; }

    /**
     * Log every request and response through {@code System.Logger} "io.github.bitget4j.trace" at INFO, with
     * passphrase, signature and secrets redacted. Default: true when the environment variable
     * {@code BITGETTRACE} is {@code true}, else false.
     */
    public boolean trace() { return values.trace; }

    /** Connections to one host at most; further callers queue. Default 64. */
    public int maxConnections() { return values.maxConnections; }

    /** Callers that may queue for a connection at most. Default 65,536. */
    public int maxQueuedRequests() { return values.maxQueuedRequests; }

    /**
     * Name of the signer plugin to use (e.g. "hmac", "rsa"). Default none: the system property
     * {@code bitget4j.signer}, then the environment variable {@code BITGET4J_SIGNER}, then the best plugin that
     * supports the secret.
     */
    public @Nullable String signerProvider() { return values.signerProvider; }

    /** Settings for a signer plugin (e.g. a key-store alias). Default empty. */
    public Map<String, String> signerProperties() { return values.signerProperties; }

    /**
     * Name of the HTTP transport plugin (e.g. "jetty"). Default none: the system property
     * {@code bitget4j.http}, then the environment variable {@code BITGET4J_HTTP}, then the best usable plugin.
     */
    public @Nullable String httpTransportProvider() { return values.httpTransportProvider; }

    /**
     * A transport you own and share between clients; clients never close it. Default none: each client
     * creates its own transport and closes it in {@code close()}.
     */
    public @Nullable HttpTransport httpTransport() { return values.httpTransport; }

    /** Source of request timestamps. Default the system clock. */
    public InstantSource clock() { return values.clock; }

    /**
     * WebSocket base URL for every socket, e.g. {@code ws://127.0.0.1:8080}; the socket's path
     * ({@code /v2/ws/public}, {@code /v2/ws/private}, {@code /v3/ws/public}, {@code /v3/ws/private}) is appended.
     * Default none: {@value #DEFAULT_WS_URL}, or {@value #DEFAULT_DEMO_WS_URL} when {@link #demoTrading()}.
     */
    public @Nullable String wsUrl() { return values.wsUrl; }

    /** Complete URLs of single sockets, winning over {@link #wsUrl()} and the defaults. Default empty. */
    public Map<WsKey, String> wsSocketUrls() { return values.wsSocketUrls; }

    /** The complete URL a socket connects to: its own override, else {@link #wsUrl()} (or Bitget's host) plus its path. */
    public String wsUrlFor(WsKey key) {
        String own = values.wsSocketUrls.get(key);
        if (own != null) {
            return own;
        }
        String base = values.wsUrl != null ? values.wsUrl : values.demoTrading ? DEFAULT_DEMO_WS_URL : DEFAULT_WS_URL;
        return base + key.path();
    }

    /** How often a WebSocket sends the text {@code ping}. Default 10 s (what Bitget recommends). */
    public Duration wsPingInterval() { return values.wsPingInterval; }

    /**
     * How long a socket may stay silent after a ping (any message counts as life, not only {@code pong}) before
     * it is taken as dead, dropped and reconnected. Default 3 s.
     */
    public Duration wsPongTimeout() { return values.wsPongTimeout; }

    /**
     * Delay before the first reconnect attempt; it doubles with each failed attempt up to
     * {@link #wsReconnectBackoffCap()}, and each delay is drawn at random between half of it and all of it
     * (jitter, so that many clients do not reconnect in step). Default 500 ms.
     */
    public Duration wsReconnectBackoffBase() { return values.wsReconnectBackoffBase; }

    /** Longest delay between two reconnect attempts. Default 30 s. */
    public Duration wsReconnectBackoffCap() { return values.wsReconnectBackoffCap; }

    /** Reconnect attempts in a row before a socket gives up. Default {@link Integer#MAX_VALUE}: never gives up. */
    public int wsMaxReconnectAttempts() { return values.wsMaxReconnectAttempts; }

    /**
     * Name of the WebSocket transport plugin (e.g. "jetty"). Default none: the system property
     * {@code bitget4j.ws}, then the environment variable {@code BITGET4J_WS}, then the best usable plugin.
     */
    public @Nullable String webSocketTransportProvider() { return values.webSocketTransportProvider; }

    /** True when apiKey and apiPass are set and there is something to sign with. */
    public boolean hasCredentials() {
        return values.apiKey != null && values.apiPass != null && (values.apiSecret != null || values.customSignMessageFn != null);
    }

    /** Every setting, with the secret, passphrase, key password and signer settings' values hidden. */
    /**
     * Keep every request inside Bitget's limit for its endpoint: a call over budget waits for a permit (a parked
     * virtual thread holds no platform thread), at most {@link #rateLimitMaxWait()}, and a 429 pauses its budget for
     * the {@code Retry-After} Bitget names. Default true; turn off when you keep to the limits yourself.
     */
    public boolean rateLimiting() { return values.rateLimiting; }

    /**
     * The longest a call waits for a rate limit permit; when it would wait longer it fails at once with a
     * {@code BitgetThrottledException}, not sent. Default 30 s.
     */
    public Duration rateLimitMaxWait() { return values.rateLimitMaxWait; }

    /**
     * Name of the rate limiter plugin ("in-process", "redis"). Default none: the system property
     * {@code bitget4j.rateLimiter}, then the environment variable {@code BITGET4J_RATE_LIMITER}, then the best usable
     * plugin that supports {@link #rateLimiterProperties()} (the in-process one when nothing else is there).
     */
    public @Nullable String rateLimiterProvider() { return values.rateLimiterProvider; }

    /** Settings for the rate limiter plugin (e.g. {@code redis.uri}). Default empty. */
    public Map<String, String> rateLimiterProperties() { return values.rateLimiterProperties; }

    /**
     * Measure the offset of Bitget's clock (its server time, taken at half the round trip) before the first signed
     * call and every {@link #clockSyncInterval()}, and sign with the corrected time; a 40008 (timestamp too far from
     * Bitget's clock) re-measures and re-sends the request once, which is safe: Bitget refused it unexecuted.
     * A WebSocket client with this option logs in with the offset the REST clients of the process measured for the
     * same {@link #baseUrl()}. Default false: requests carry {@link #clock()}'s time.
     */
    public boolean clockSync() { return values.clockSync; }

    /** How often the clock offset is measured again while {@link #clockSync()} is on. Default 5 minutes. */
    public Duration clockSyncInterval() { return values.clockSyncInterval; }

    /** Which failures the client re-sends by itself (see {@link RetryPolicy}). Default {@link RetryPolicy#none()}. */
    public RetryPolicy retryPolicy() { return values.retryPolicy; }

    @Override
    public String toString() { return values.describe(); }

    /** Builds {@link ClientOptions}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private final OptionValues values;

        private Builder(OptionValues values) {
            this.values = values;
        }

        public Builder apiKey(@Nullable String apiKey) {
            values.apiKey = OptionChecks.blankToNull(apiKey);
            return this;
        }

        public Builder apiSecret(@Nullable String apiSecret) {
            values.apiSecret = OptionChecks.blankToNull(apiSecret);
            return this;
        }

        public Builder apiPass(@Nullable String apiPass) {
            values.apiPass = OptionChecks.blankToNull(apiPass);
            return this;
        }

        public Builder keyPassword(@Nullable String keyPassword) {
            values.keyPassword = keyPassword;
            return this;
        }

        public Builder demoTrading(boolean demoTrading) {
            values.demoTrading = demoTrading;
            return this;
        }

        public Builder customSignMessageFn(@Nullable SignMessageFunction fn) {
            values.customSignMessageFn = fn;
            return this;
        }

        /**
         * http or https, a host, an optional port and path prefix; nothing else.
         *
         * @throws io.github.bitget4j.errors.BitgetConfigurationException for anything else: no host, a user-info part
         *         (a password), a query or a fragment
         */
        public Builder baseUrl(String baseUrl) {
            values.baseUrl = OptionChecks.baseUrl(baseUrl);
            return this;
        }

        public Builder strictParamValidation(boolean strict) {
            values.strictParamValidation = strict;
            return this;
        }

        public Builder encodeQueryStringValues(boolean encode) {
            values.encodeQueryStringValues = encode;
            return this;
        }

        public Builder parseExceptions(boolean parse) {
            values.parseExceptions = parse;
            return this;
        }

        /** See {@link ClientOptions#strictResponses()}. */
        public Builder strictResponses(boolean strict) {
            values.strictResponses = strict;
            return this;
        }

        public Builder keepAlive(boolean keepAlive) {
            values.keepAlive = keepAlive;
            return this;
        }

        public Builder keepAliveMsecs(long msecs) {
            values.keepAliveMsecs = OptionChecks.atLeast("keepAliveMsecs", msecs, 1);
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            values.connectTimeout = OptionChecks.positive("connectTimeout", timeout);
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            values.requestTimeout = OptionChecks.positive("requestTimeout", timeout);
            return this;
        }

        public Builder proxy(@Nullable ProxySettings proxy) {
            values.proxy = proxy;
            return this;
        }

        public Builder rateLimiting(boolean on) {
            values.rateLimiting = on;
            return this;
        }

        /** Zero: never wait, fail at once when the budget is spent. */
        public Builder rateLimitMaxWait(Duration maxWait) {
            if (maxWait.isNegative()) {
                throw new IllegalArgumentException("rateLimitMaxWait must not be negative: " + maxWait);
            }
            values.rateLimitMaxWait = maxWait;
            return this;
        }

        public Builder rateLimiterProvider(@Nullable String name) {
            values.rateLimiterProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder rateLimiterProperties(Map<String, String> properties) {
            values.rateLimiterProperties = Map.copyOf(properties);
            return this;
        }

        public Builder clockSync(boolean on) {
            values.clockSync = on;
            return this;
        }

        public Builder clockSyncInterval(Duration interval) {
            values.clockSyncInterval = OptionChecks.positive("clockSyncInterval", interval);
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            values.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        public Builder httpVersion(HttpVersion version) {
            values.httpVersion = Objects.requireNonNull(version, "httpVersion");
            return this;
        }

        /** E.g. a corporate CA or a test server's certificate; null: the JDK's default trust. */
        public Builder trustStore(@Nullable KeyStore store) {
            values.trustStore = store;
            return this;
        }

        public Builder channelApiCode(@Nullable String code) {
            values.channelApiCode = OptionChecks.blankToNull(code);
            return this;
        }

        public Builder trace(boolean trace) {
            values.trace = trace;
            return this;
        }

        public Builder maxConnections(int max) {
            values.maxConnections = OptionChecks.atLeast("maxConnections", max, 1);
            return this;
        }

        public Builder maxQueuedRequests(int max) {
            values.maxQueuedRequests = OptionChecks.atLeast("maxQueuedRequests", max, 1);
            return this;
        }

        public Builder signerProvider(@Nullable String name) {
            values.signerProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder signerProperties(Map<String, String> properties) {
            values.signerProperties = Map.copyOf(properties);
            return this;
        }

        public Builder httpTransportProvider(@Nullable String name) {
            values.httpTransportProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder httpTransport(@Nullable HttpTransport transport) {
            values.httpTransport = transport;
            return this;
        }

        public Builder clock(InstantSource clock) {
            values.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Base URL of every socket ({@code ws://} or {@code wss://}); null restores Bitget's host. */
        public Builder wsUrl(@Nullable String wsUrl) {
            values.wsUrl = wsUrl == null ? null : OptionChecks.withoutTrailingSlash(OptionChecks.webSocketUrl("wsUrl", wsUrl));
            return this;
        }

        /** The complete URL of one socket, e.g. {@code wsUrl(WsKey.V3_PRIVATE, "wss://proxy.example/v3/private")}. */
        public Builder wsUrl(WsKey key, String url) {
            values.wsSocketUrls.put(Objects.requireNonNull(key, "key"), OptionChecks.webSocketUrl("wsUrl(" + key + ")", url));
            return this;
        }

        public Builder wsPingInterval(Duration interval) {
            values.wsPingInterval = OptionChecks.positive("wsPingInterval", interval);
            return this;
        }

        public Builder wsPongTimeout(Duration timeout) {
            values.wsPongTimeout = OptionChecks.positive("wsPongTimeout", timeout);
            return this;
        }

        public Builder wsReconnectBackoffBase(Duration base) {
            values.wsReconnectBackoffBase = OptionChecks.positive("wsReconnectBackoffBase", base);
            return this;
        }

        public Builder wsReconnectBackoffCap(Duration cap) {
            values.wsReconnectBackoffCap = OptionChecks.positive("wsReconnectBackoffCap", cap);
            return this;
        }

        public Builder wsMaxReconnectAttempts(int attempts) {
            values.wsMaxReconnectAttempts = OptionChecks.atLeast("wsMaxReconnectAttempts", attempts, 0);
            return this;
        }

        public Builder webSocketTransportProvider(@Nullable String name) {
            values.webSocketTransportProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(this);
        }

        @Override
        public String toString() { return "ClientOptions.Builder"; }
    }
}
