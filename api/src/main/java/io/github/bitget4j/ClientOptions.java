package io.github.bitget4j;

import io.github.bitget4j.internal.OptionChecks;
import io.github.bitget4j.internal.Redaction;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.ws.WsKey;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
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

    private final @Nullable String apiKey;
    private final @Nullable String apiSecret;
    private final @Nullable String apiPass;
    private final @Nullable String keyPassword;
    private final boolean demoTrading;
    private final @Nullable SignMessageFunction customSignMessageFn;
    private final String baseUrl;
    private final boolean strictParamValidation;
    private final boolean encodeQueryStringValues;
    private final boolean parseExceptions;
    private final boolean strictResponses;
    private final boolean keepAlive;
    private final long keepAliveMsecs;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final @Nullable ProxySettings proxy;
    private final @Nullable String channelApiCode;
    private final boolean trace;
    private final int maxConnections;
    private final int maxQueuedRequests;
    private final @Nullable String signerProvider;
    private final Map<String, String> signerProperties;
    private final @Nullable String httpTransportProvider;
    private final @Nullable HttpTransport httpTransport;
    private final InstantSource clock;
    private final @Nullable String wsUrl;
    private final Map<WsKey, String> wsSocketUrls;
    private final Duration wsPingInterval;
    private final Duration wsPongTimeout;
    private final Duration wsReconnectBackoffBase;
    private final Duration wsReconnectBackoffCap;
    private final int wsMaxReconnectAttempts;
    private final @Nullable String webSocketTransportProvider;
    private final boolean rateLimiting;
    private final Duration rateLimitMaxWait;
    private final @Nullable String rateLimiterProvider;
    private final Map<String, String> rateLimiterProperties;
    private final boolean clockSync;
    private final Duration clockSyncInterval;
    private final RetryPolicy retryPolicy;

    private ClientOptions(Builder b) {
        apiKey = b.apiKey;
        apiSecret = b.apiSecret;
        apiPass = b.apiPass;
        keyPassword = b.keyPassword;
        demoTrading = b.demoTrading;
        customSignMessageFn = b.customSignMessageFn;
        baseUrl = b.baseUrl;
        strictParamValidation = b.strictParamValidation;
        encodeQueryStringValues = b.encodeQueryStringValues;
        parseExceptions = b.parseExceptions;
        strictResponses = b.strictResponses;
        keepAlive = b.keepAlive;
        keepAliveMsecs = b.keepAliveMsecs;
        connectTimeout = b.connectTimeout;
        requestTimeout = b.requestTimeout;
        proxy = b.proxy;
        channelApiCode = b.channelApiCode;
        trace = b.trace;
        maxConnections = b.maxConnections;
        maxQueuedRequests = b.maxQueuedRequests;
        signerProvider = b.signerProvider;
        signerProperties = Map.copyOf(b.signerProperties);
        httpTransportProvider = b.httpTransportProvider;
        httpTransport = b.httpTransport;
        clock = b.clock;
        wsUrl = b.wsUrl == null ? null : stripTrailingSlash(b.wsUrl);
        wsSocketUrls = Map.copyOf(b.wsSocketUrls);
        wsPingInterval = b.wsPingInterval;
        wsPongTimeout = b.wsPongTimeout;
        if (b.wsReconnectBackoffCap.compareTo(b.wsReconnectBackoffBase) < 0) {
            throw new IllegalArgumentException("wsReconnectBackoffCap (" + b.wsReconnectBackoffCap
                    + ") must not be less than wsReconnectBackoffBase (" + b.wsReconnectBackoffBase + ")");
        }
        wsReconnectBackoffBase = b.wsReconnectBackoffBase;
        wsReconnectBackoffCap = b.wsReconnectBackoffCap;
        wsMaxReconnectAttempts = b.wsMaxReconnectAttempts;
        webSocketTransportProvider = b.webSocketTransportProvider;
        rateLimiting = b.rateLimiting;
        rateLimitMaxWait = b.rateLimitMaxWait;
        rateLimiterProvider = b.rateLimiterProvider;
        rateLimiterProperties = Map.copyOf(b.rateLimiterProperties);
        clockSync = b.clockSync;
        clockSyncInterval = b.clockSyncInterval;
        retryPolicy = b.retryPolicy;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Options with the defaults only: enough for public endpoints. */
    public static ClientOptions defaults() {
        return builder().build();
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** API key; needed for private calls. Default none. */
    public @Nullable String apiKey() {
        return apiKey;
    }

    /** HMAC secret, PEM private key (RSA), or whatever a signer plugin understands. Default none. */
    public @Nullable String apiSecret() {
        return apiSecret;
    }

    /** API passphrase chosen when the key was created (not the account password). Default none. */
    public @Nullable String apiPass() {
        return apiPass;
    }

    /** Password of an encrypted PEM private key. Default none. */
    public @Nullable String keyPassword() {
        return keyPassword;
    }

    /** Demo (paper) trading: adds {@code paptrading: 1} to every request. Default false. */
    public boolean demoTrading() {
        return demoTrading;
    }

    /** A custom signer that wins over every signer plugin. Default none. */
    public @Nullable SignMessageFunction customSignMessageFn() {
        return customSignMessageFn;
    }

    /** REST base URL, without a trailing slash. Default {@value #DEFAULT_BASE_URL}. */
    public String baseUrl() {
        return baseUrl;
    }

    /** Refuse null parameter values and parameters an endpoint does not declare, before sending. Default false. */
    public boolean strictParamValidation() {
        return strictParamValidation;
    }

    /**
     * Percent-encode query values (RFC 3986: everything but {@code A-Z a-z 0-9 - . _ ~}). Default true.
     * Turn off only when passing values already encoded; they are then sent and signed verbatim.
     */
    public boolean encodeQueryStringValues() {
        return encodeQueryStringValues;
    }

    /** Throw typed exceptions for failed calls; when false, a {@code BitgetRawResponseException}. Default true. */
    public boolean parseExceptions() {
        return parseExceptions;
    }

    /**
     * Refuse a response that holds a field the model does not know, or lacks one it promises (a non-null
     * component): the call fails with a {@code BitgetClientException} naming the field. Default false, which
     * ignores unknown fields, as a client meeting a newer Bitget must. Tests turn it on to catch drift.
     */
    public boolean strictResponses() {
        return strictResponses;
    }

    /** Reuse HTTP connections between calls. Default true. */
    public boolean keepAlive() {
        return keepAlive;
    }

    /**
     * How long an idle pooled connection is kept open, in ms. Default 30,000. (The Node reference SDK uses this
     * name for its TCP keep-alive probe delay, default 1,000; here it governs the connection pool.)
     */
    public long keepAliveMsecs() {
        return keepAliveMsecs;
    }

    /** Time to open a connection. Default 10 s. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /** Time for a whole request, from sending to the last byte of the response. Default 30 s. */
    public Duration requestTimeout() {
        return requestTimeout;
    }

    /** HTTP or SOCKS5 proxy. Default none (direct). */
    public @Nullable ProxySettings proxy() {
        return proxy;
    }

    /** Broker/channel tag sent as {@code X-CHANNEL-API-CODE}. Default none: no such header is sent. */
    public @Nullable String channelApiCode() {
        return channelApiCode;
    }

    /**
     * Log every request and response through {@code System.Logger} "io.github.bitget4j.trace" at INFO, with
     * passphrase, signature and secrets redacted. Default: true when the environment variable
     * {@code BITGETTRACE} is {@code true}, else false.
     */
    public boolean trace() {
        return trace;
    }

    /** Connections to one host at most; further callers queue. Default 64. */
    public int maxConnections() {
        return maxConnections;
    }

    /** Callers that may queue for a connection at most. Default 65,536. */
    public int maxQueuedRequests() {
        return maxQueuedRequests;
    }

    /**
     * Name of the signer plugin to use (e.g. "hmac", "rsa"). Default none: the system property
     * {@code bitget4j.signer}, then the environment variable {@code BITGET4J_SIGNER}, then the best plugin that
     * supports the secret.
     */
    public @Nullable String signerProvider() {
        return signerProvider;
    }

    /** Settings for a signer plugin (e.g. a key-store alias). Default empty. */
    public Map<String, String> signerProperties() {
        return signerProperties;
    }

    /**
     * Name of the HTTP transport plugin (e.g. "jetty"). Default none: the system property
     * {@code bitget4j.http}, then the environment variable {@code BITGET4J_HTTP}, then the best usable plugin.
     */
    public @Nullable String httpTransportProvider() {
        return httpTransportProvider;
    }

    /**
     * A transport you own and share between clients; clients never close it. Default none: each client
     * creates its own transport and closes it in {@code close()}.
     */
    public @Nullable HttpTransport httpTransport() {
        return httpTransport;
    }

    /** Source of request timestamps. Default the system clock. */
    public InstantSource clock() {
        return clock;
    }

    /**
     * WebSocket base URL for every socket, e.g. {@code ws://127.0.0.1:8080}; the socket's path
     * ({@code /v2/ws/public}, {@code /v2/ws/private}, {@code /v3/ws/public}, {@code /v3/ws/private}) is appended.
     * Default none: {@value #DEFAULT_WS_URL}, or {@value #DEFAULT_DEMO_WS_URL} when {@link #demoTrading()}.
     */
    public @Nullable String wsUrl() {
        return wsUrl;
    }

    /** Complete URLs of single sockets, winning over {@link #wsUrl()} and the defaults. Default empty. */
    public Map<WsKey, String> wsSocketUrls() {
        return wsSocketUrls;
    }

    /** The complete URL a socket connects to: its own override, else {@link #wsUrl()} (or Bitget's host) plus its path. */
    public String wsUrlFor(WsKey key) {
        String own = wsSocketUrls.get(key);
        if (own != null) {
            return own;
        }
        String base = wsUrl != null ? wsUrl : demoTrading ? DEFAULT_DEMO_WS_URL : DEFAULT_WS_URL;
        return base + key.path();
    }

    /** How often a WebSocket sends the text {@code ping}. Default 10 s (what Bitget recommends). */
    public Duration wsPingInterval() {
        return wsPingInterval;
    }

    /**
     * How long a socket may stay silent after a ping (any message counts as life, not only {@code pong}) before
     * it is taken as dead, dropped and reconnected. Default 3 s.
     */
    public Duration wsPongTimeout() {
        return wsPongTimeout;
    }

    /**
     * Delay before the first reconnect attempt; it doubles with each failed attempt up to
     * {@link #wsReconnectBackoffCap()}, and each delay is drawn at random between half of it and all of it
     * (jitter, so that many clients do not reconnect in step). Default 500 ms.
     */
    public Duration wsReconnectBackoffBase() {
        return wsReconnectBackoffBase;
    }

    /** Longest delay between two reconnect attempts. Default 30 s. */
    public Duration wsReconnectBackoffCap() {
        return wsReconnectBackoffCap;
    }

    /** Reconnect attempts in a row before a socket gives up. Default {@link Integer#MAX_VALUE}: never gives up. */
    public int wsMaxReconnectAttempts() {
        return wsMaxReconnectAttempts;
    }

    /**
     * Name of the WebSocket transport plugin (e.g. "jetty"). Default none: the system property
     * {@code bitget4j.ws}, then the environment variable {@code BITGET4J_WS}, then the best usable plugin.
     */
    public @Nullable String webSocketTransportProvider() {
        return webSocketTransportProvider;
    }

    /**
     * Keep every request inside Bitget's limit for its endpoint: a call over budget waits for a permit (a parked
     * virtual thread holds no platform thread), at most {@link #rateLimitMaxWait()}, and a 429 pauses its budget for
     * the {@code Retry-After} Bitget names. Default true; turn off when you keep to the limits yourself.
     */
    public boolean rateLimiting() {
        return rateLimiting;
    }

    /**
     * The longest a call waits for a rate limit permit; when it would wait longer it fails at once with a
     * {@code BitgetThrottledException}, not sent. Default 30 s.
     */
    public Duration rateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    /**
     * Name of the rate limiter plugin ("in-process", "redis"). Default none: the system property
     * {@code bitget4j.rateLimiter}, then the environment variable {@code BITGET4J_RATE_LIMITER}, then the best usable
     * plugin that supports {@link #rateLimiterProperties()} (the in-process one when nothing else is there).
     */
    public @Nullable String rateLimiterProvider() {
        return rateLimiterProvider;
    }

    /** Settings for the rate limiter plugin (e.g. {@code redis.uri}). Default empty. */
    public Map<String, String> rateLimiterProperties() {
        return rateLimiterProperties;
    }

    /**
     * Measure the offset of Bitget's clock (its server time, taken at half the round trip) before the first signed
     * call and every {@link #clockSyncInterval()}, and sign with the corrected time; a 40008 (timestamp too far from
     * Bitget's clock) re-measures and re-sends the request once, which is safe: Bitget refused it unexecuted.
     * A WebSocket client with this option logs in with the offset the REST clients of the process measured for the
     * same {@link #baseUrl()}. Default false: requests carry {@link #clock()}'s time.
     */
    public boolean clockSync() {
        return clockSync;
    }

    /** How often the clock offset is measured again while {@link #clockSync()} is on. Default 5 minutes. */
    public Duration clockSyncInterval() {
        return clockSyncInterval;
    }

    /** Which failures the client re-sends by itself (see {@link RetryPolicy}). Default {@link RetryPolicy#none()}. */
    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** True when apiKey and apiPass are set and there is something to sign with. */
    public boolean hasCredentials() {
        return apiKey != null && apiPass != null && (apiSecret != null || customSignMessageFn != null);
    }

    @Override
    public String toString() {
        return "ClientOptions[apiKey=" + Redaction.maskKey(apiKey)
                + ", apiSecret=" + Redaction.redacted(apiSecret)
                + ", apiPass=" + Redaction.redacted(apiPass)
                + ", keyPassword=" + Redaction.redacted(keyPassword)
                + ", demoTrading=" + demoTrading
                + ", customSignMessageFn=" + (customSignMessageFn == null ? "none" : "set")
                + ", baseUrl=" + baseUrl
                + ", strictParamValidation=" + strictParamValidation
                + ", encodeQueryStringValues=" + encodeQueryStringValues
                + ", parseExceptions=" + parseExceptions
                + ", strictResponses=" + strictResponses
                + ", keepAlive=" + keepAlive
                + ", keepAliveMsecs=" + keepAliveMsecs
                + ", connectTimeout=" + connectTimeout
                + ", requestTimeout=" + requestTimeout
                + ", proxy=" + proxy
                + ", channelApiCode=" + channelApiCode
                + ", trace=" + trace
                + ", maxConnections=" + maxConnections
                + ", maxQueuedRequests=" + maxQueuedRequests
                + ", signerProvider=" + signerProvider
                + ", signerProperties=" + signerProperties.keySet()
                + ", httpTransportProvider=" + httpTransportProvider
                + ", httpTransport=" + (httpTransport == null ? "none" : "supplied")
                + ", wsUrl=" + wsUrl
                + ", wsSocketUrls=" + wsSocketUrls
                + ", wsPingInterval=" + wsPingInterval
                + ", wsPongTimeout=" + wsPongTimeout
                + ", wsReconnectBackoffBase=" + wsReconnectBackoffBase
                + ", wsReconnectBackoffCap=" + wsReconnectBackoffCap
                + ", wsMaxReconnectAttempts=" + wsMaxReconnectAttempts
                + ", webSocketTransportProvider=" + webSocketTransportProvider
                + ", rateLimiting=" + rateLimiting
                + ", rateLimitMaxWait=" + rateLimitMaxWait
                + ", rateLimiterProvider=" + rateLimiterProvider
                + ", rateLimiterProperties=" + rateLimiterProperties.keySet()
                + ", clockSync=" + clockSync
                + ", clockSyncInterval=" + clockSyncInterval
                + ", retryPolicy=" + retryPolicy
                + "]";
    }

    /** Builds {@link ClientOptions}. Not thread-safe; every setter returns this builder. */
    public static final class Builder {
        private @Nullable String apiKey;
        private @Nullable String apiSecret;
        private @Nullable String apiPass;
        private @Nullable String keyPassword;
        private boolean demoTrading;
        private @Nullable SignMessageFunction customSignMessageFn;
        private String baseUrl = DEFAULT_BASE_URL;
        private boolean strictParamValidation;
        private boolean encodeQueryStringValues = true;
        private boolean parseExceptions = true;
        private boolean strictResponses;
        private boolean keepAlive = true;
        private long keepAliveMsecs = 30_000;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private @Nullable ProxySettings proxy;
        private @Nullable String channelApiCode;
        private boolean trace = "true".equalsIgnoreCase(System.getenv("BITGETTRACE"));
        private int maxConnections = 64;
        private int maxQueuedRequests = 65_536;
        private @Nullable String signerProvider;
        private Map<String, String> signerProperties = Map.of();
        private @Nullable String httpTransportProvider;
        private @Nullable HttpTransport httpTransport;
        private InstantSource clock = InstantSource.system();
        private @Nullable String wsUrl;
        private Map<WsKey, String> wsSocketUrls = new EnumMap<>(WsKey.class);
        private Duration wsPingInterval = Duration.ofSeconds(10);
        private Duration wsPongTimeout = Duration.ofSeconds(3);
        private Duration wsReconnectBackoffBase = Duration.ofMillis(500);
        private Duration wsReconnectBackoffCap = Duration.ofSeconds(30);
        private int wsMaxReconnectAttempts = Integer.MAX_VALUE;
        private @Nullable String webSocketTransportProvider;
        private boolean rateLimiting = true;
        private Duration rateLimitMaxWait = Duration.ofSeconds(30);
        private @Nullable String rateLimiterProvider;
        private Map<String, String> rateLimiterProperties = Map.of();
        private boolean clockSync;
        private Duration clockSyncInterval = Duration.ofMinutes(5);
        private RetryPolicy retryPolicy = RetryPolicy.none();

        private Builder() {
        }

        private Builder(ClientOptions o) {
            apiKey = o.apiKey;
            apiSecret = o.apiSecret;
            apiPass = o.apiPass;
            keyPassword = o.keyPassword;
            demoTrading = o.demoTrading;
            customSignMessageFn = o.customSignMessageFn;
            baseUrl = o.baseUrl;
            strictParamValidation = o.strictParamValidation;
            encodeQueryStringValues = o.encodeQueryStringValues;
            parseExceptions = o.parseExceptions;
            strictResponses = o.strictResponses;
            keepAlive = o.keepAlive;
            keepAliveMsecs = o.keepAliveMsecs;
            connectTimeout = o.connectTimeout;
            requestTimeout = o.requestTimeout;
            proxy = o.proxy;
            channelApiCode = o.channelApiCode;
            trace = o.trace;
            maxConnections = o.maxConnections;
            maxQueuedRequests = o.maxQueuedRequests;
            signerProvider = o.signerProvider;
            signerProperties = o.signerProperties;
            httpTransportProvider = o.httpTransportProvider;
            httpTransport = o.httpTransport;
            clock = o.clock;
            wsUrl = o.wsUrl;
            wsSocketUrls = new EnumMap<>(WsKey.class);
            wsSocketUrls.putAll(o.wsSocketUrls);
            wsPingInterval = o.wsPingInterval;
            wsPongTimeout = o.wsPongTimeout;
            wsReconnectBackoffBase = o.wsReconnectBackoffBase;
            wsReconnectBackoffCap = o.wsReconnectBackoffCap;
            wsMaxReconnectAttempts = o.wsMaxReconnectAttempts;
            webSocketTransportProvider = o.webSocketTransportProvider;
            rateLimiting = o.rateLimiting;
            rateLimitMaxWait = o.rateLimitMaxWait;
            rateLimiterProvider = o.rateLimiterProvider;
            rateLimiterProperties = o.rateLimiterProperties;
            clockSync = o.clockSync;
            clockSyncInterval = o.clockSyncInterval;
            retryPolicy = o.retryPolicy;
        }

        public Builder apiKey(@Nullable String apiKey) {
            this.apiKey = OptionChecks.blankToNull(apiKey);
            return this;
        }

        public Builder apiSecret(@Nullable String apiSecret) {
            this.apiSecret = OptionChecks.blankToNull(apiSecret);
            return this;
        }

        public Builder apiPass(@Nullable String apiPass) {
            this.apiPass = OptionChecks.blankToNull(apiPass);
            return this;
        }

        public Builder keyPassword(@Nullable String keyPassword) {
            this.keyPassword = keyPassword;
            return this;
        }

        public Builder demoTrading(boolean demoTrading) {
            this.demoTrading = demoTrading;
            return this;
        }

        public Builder customSignMessageFn(@Nullable SignMessageFunction fn) {
            this.customSignMessageFn = fn;
            return this;
        }

        /**
         * http or https, a host, an optional port and path prefix; nothing else.
         *
         * @throws io.github.bitget4j.errors.BitgetConfigurationException for anything else: no host, a user-info part
         *         (a password), a query or a fragment
         */
        public Builder baseUrl(String baseUrl) {
            this.baseUrl = OptionChecks.baseUrl(baseUrl);
            return this;
        }

        public Builder strictParamValidation(boolean strict) {
            this.strictParamValidation = strict;
            return this;
        }

        public Builder encodeQueryStringValues(boolean encode) {
            this.encodeQueryStringValues = encode;
            return this;
        }

        public Builder parseExceptions(boolean parse) {
            this.parseExceptions = parse;
            return this;
        }

        /** See {@link ClientOptions#strictResponses()}. */
        public Builder strictResponses(boolean strict) {
            this.strictResponses = strict;
            return this;
        }

        public Builder keepAlive(boolean keepAlive) {
            this.keepAlive = keepAlive;
            return this;
        }

        public Builder keepAliveMsecs(long msecs) {
            if (msecs <= 0) {
                throw new IllegalArgumentException("keepAliveMsecs must be positive: " + msecs);
            }
            this.keepAliveMsecs = msecs;
            return this;
        }

        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = OptionChecks.positive("connectTimeout", timeout);
            return this;
        }

        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = OptionChecks.positive("requestTimeout", timeout);
            return this;
        }

        public Builder proxy(@Nullable ProxySettings proxy) {
            this.proxy = proxy;
            return this;
        }

        public Builder channelApiCode(@Nullable String code) {
            this.channelApiCode = OptionChecks.blankToNull(code);
            return this;
        }

        public Builder trace(boolean trace) {
            this.trace = trace;
            return this;
        }

        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1: " + max);
            }
            this.maxConnections = max;
            return this;
        }

        public Builder maxQueuedRequests(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxQueuedRequests must be at least 1: " + max);
            }
            this.maxQueuedRequests = max;
            return this;
        }

        public Builder signerProvider(@Nullable String name) {
            this.signerProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder signerProperties(Map<String, String> properties) {
            this.signerProperties = Map.copyOf(properties);
            return this;
        }

        public Builder httpTransportProvider(@Nullable String name) {
            this.httpTransportProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder httpTransport(@Nullable HttpTransport transport) {
            this.httpTransport = transport;
            return this;
        }

        public Builder clock(InstantSource clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** Base URL of every socket ({@code ws://} or {@code wss://}); null restores Bitget's host. */
        public Builder wsUrl(@Nullable String wsUrl) {
            this.wsUrl = wsUrl == null ? null : OptionChecks.webSocketUrl("wsUrl", wsUrl);
            return this;
        }

        /** The complete URL of one socket, e.g. {@code wsUrl(WsKey.V3_PRIVATE, "wss://proxy.example/v3/private")}. */
        public Builder wsUrl(WsKey key, String url) {
            this.wsSocketUrls.put(Objects.requireNonNull(key, "key"), OptionChecks.webSocketUrl("wsUrl(" + key + ")", url));
            return this;
        }

        public Builder wsPingInterval(Duration interval) {
            this.wsPingInterval = OptionChecks.positive("wsPingInterval", interval);
            return this;
        }

        public Builder wsPongTimeout(Duration timeout) {
            this.wsPongTimeout = OptionChecks.positive("wsPongTimeout", timeout);
            return this;
        }

        public Builder wsReconnectBackoffBase(Duration base) {
            this.wsReconnectBackoffBase = OptionChecks.positive("wsReconnectBackoffBase", base);
            return this;
        }

        public Builder wsReconnectBackoffCap(Duration cap) {
            this.wsReconnectBackoffCap = OptionChecks.positive("wsReconnectBackoffCap", cap);
            return this;
        }

        public Builder wsMaxReconnectAttempts(int attempts) {
            if (attempts < 0) {
                throw new IllegalArgumentException("wsMaxReconnectAttempts must not be negative: " + attempts);
            }
            this.wsMaxReconnectAttempts = attempts;
            return this;
        }

        public Builder webSocketTransportProvider(@Nullable String name) {
            this.webSocketTransportProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder rateLimiting(boolean on) {
            this.rateLimiting = on;
            return this;
        }

        /** Zero: never wait, fail at once when the budget is spent. */
        public Builder rateLimitMaxWait(Duration maxWait) {
            if (maxWait.isNegative()) {
                throw new IllegalArgumentException("rateLimitMaxWait must not be negative: " + maxWait);
            }
            this.rateLimitMaxWait = maxWait;
            return this;
        }

        public Builder rateLimiterProvider(@Nullable String name) {
            this.rateLimiterProvider = OptionChecks.blankToNull(name);
            return this;
        }

        public Builder rateLimiterProperties(Map<String, String> properties) {
            this.rateLimiterProperties = Map.copyOf(properties);
            return this;
        }

        public Builder clockSync(boolean on) {
            this.clockSync = on;
            return this;
        }

        public Builder clockSyncInterval(Duration interval) {
            this.clockSyncInterval = OptionChecks.positive("clockSyncInterval", interval);
            return this;
        }

        public Builder retryPolicy(RetryPolicy policy) {
            this.retryPolicy = Objects.requireNonNull(policy, "retryPolicy");
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(this);
        }

        @Override
        public String toString() {
            return "ClientOptions.Builder";
        }
    }
}
