package io.github.bitget4j;

import io.github.bitget4j.internal.OptionValues;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.ws.WsKey;
import java.security.KeyStore;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Map;
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

    /**
     * A builder with every default; see its setters for what each option does.
     *
     * @return a new builder
     */
    public static Builder builder() { return new Builder(new OptionValues()); }

    /**
     * Options with the defaults only: enough for public endpoints.
     *
     * @return the default options
     */
    public static ClientOptions defaults() { return builder().build(); }

    /**
     * A builder holding these options, to derive changed options from them; this object stays unchanged.
     *
     * @return a new builder
     */
    public Builder toBuilder() { return new Builder(values.editable()); }

    // The accessors are documented briefly; the setter each one links to says what the option does.

    /** {@return the API key, or null; see {@link Builder#apiKey(String)}} */
    public @Nullable String apiKey() { return values.apiKey; }

    /** {@return the secret that signs private calls, or null; see {@link Builder#apiSecret(String)}} */
    public @Nullable String apiSecret() { return values.apiSecret; }

    /** {@return the API passphrase, or null; see {@link Builder#apiPass(String)}} */
    public @Nullable String apiPass() { return values.apiPass; }

    /** {@return the password of an encrypted PEM key, or null; see {@link Builder#keyPassword(String)}} */
    public @Nullable String keyPassword() { return values.keyPassword; }

    /** {@return whether requests go to the demo (paper trading) account; see {@link Builder#demoTrading(boolean)}} */
    public boolean demoTrading() { return values.demoTrading; }

    /** {@return the signer that wins over the plugins, or null; see {@link Builder#customSignMessageFn(SignMessageFunction)}} */
    public @Nullable SignMessageFunction customSignMessageFn() { return values.customSignMessageFn; }

    /** {@return the REST base URL, without a trailing slash; see {@link Builder#baseUrl(String)}} */
    public String baseUrl() { return values.baseUrl; }

    /** {@return whether undeclared and null parameters are refused; see {@link Builder#strictParamValidation(boolean)}} */
    public boolean strictParamValidation() { return values.strictParamValidation; }

    /** {@return whether query values are percent-encoded; see {@link Builder#encodeQueryStringValues(boolean)}} */
    public boolean encodeQueryStringValues() { return values.encodeQueryStringValues; }

    /** {@return whether failed calls throw typed exceptions; see {@link Builder#parseExceptions(boolean)}} */
    public boolean parseExceptions() { return values.parseExceptions; }

    /** {@return whether responses that drift from the model are refused; see {@link Builder#strictResponses(boolean)}} */
    public boolean strictResponses() { return values.strictResponses; }

    /** {@return whether HTTP connections are reused; see {@link Builder#keepAlive(boolean)}} */
    public boolean keepAlive() { return values.keepAlive; }

    /** {@return how long an idle pooled connection stays open, in ms; see {@link Builder#keepAliveMsecs(long)}} */
    public long keepAliveMsecs() { return values.keepAliveMsecs; }

    /** {@return the time to open a connection; see {@link Builder#connectTimeout(Duration)}} */
    public Duration connectTimeout() { return values.connectTimeout; }

    /** {@return the time for a whole request; see {@link Builder#requestTimeout(Duration)}} */
    public Duration requestTimeout() { return values.requestTimeout; }

    /** {@return the proxy, or null for direct connections; see {@link Builder#proxy(ProxySettings)}} */
    public @Nullable ProxySettings proxy() { return values.proxy; }

    /** {@return the HTTP version policy; see {@link Builder#httpVersion(HttpVersion)}} */
    public HttpVersion httpVersion() { return values.httpVersion; }

    /** {@return the trusted certificates, or null for the JDK's; see {@link Builder#trustStore(KeyStore)}} */
    public @Nullable KeyStore trustStore() { return values.trustStore; }

    /** {@return the {@code X-CHANNEL-API-CODE} tag, or null; see {@link Builder#channelApiCode(String)}} */
    public @Nullable String channelApiCode() { return values.channelApiCode; }

    /** {@return whether traffic is logged, redacted; see {@link Builder#trace(boolean)}} */
    public boolean trace() { return values.trace; }

    /** {@return the most connections to one host; see {@link Builder#maxConnections(int)}} */
    public int maxConnections() { return values.maxConnections; }

    /** {@return the most callers queued for a connection; see {@link Builder#maxQueuedRequests(int)}} */
    public int maxQueuedRequests() { return values.maxQueuedRequests; }

    /** {@return the signer plugin's name, or null for the default choice; see {@link Builder#signerProvider(String)}} */
    public @Nullable String signerProvider() { return values.signerProvider; }

    /** {@return the signer plugin's settings, immutable; see {@link Builder#signerProperties(Map)}} */
    public Map<String, String> signerProperties() { return values.signerProperties; }

    /** {@return the HTTP transport plugin's name, or null; see {@link Builder#httpTransportProvider(String)}} */
    public @Nullable String httpTransportProvider() { return values.httpTransportProvider; }

    /** {@return the shared transport, or null; see {@link Builder#httpTransport(HttpTransport)}} */
    public @Nullable HttpTransport httpTransport() { return values.httpTransport; }

    /** {@return the source of request timestamps; see {@link Builder#clock(InstantSource)}} */
    public InstantSource clock() { return values.clock; }

    /** {@return the WebSocket base URL, or null for Bitget's host; see {@link Builder#wsUrl(String)}} */
    public @Nullable String wsUrl() { return values.wsUrl; }

    /** {@return the complete URLs of single sockets, immutable; see {@link Builder#wsUrl(WsKey, String)}} */
    public Map<WsKey, String> wsSocketUrls() { return values.wsSocketUrls; }

    /**
     * The complete URL a socket connects to: its own override, else {@link #wsUrl()} (or Bitget's host) plus its path.
     *
     * @param key the socket
     * @return its URL
     */
    public String wsUrlFor(WsKey key) {
        String own = values.wsSocketUrls.get(key);
        if (own != null) {
            return own;
        }
        String base = values.wsUrl != null ? values.wsUrl : values.demoTrading ? DEFAULT_DEMO_WS_URL : DEFAULT_WS_URL;
        return base + key.path();
    }

    /** {@return how often a socket pings; see {@link Builder#wsPingInterval(Duration)}} */
    public Duration wsPingInterval() { return values.wsPingInterval; }

    /** {@return how long a socket may stay silent after a ping; see {@link Builder#wsPongTimeout(Duration)}} */
    public Duration wsPongTimeout() { return values.wsPongTimeout; }

    /** {@return the first reconnect delay; see {@link Builder#wsReconnectBackoffBase(Duration)}} */
    public Duration wsReconnectBackoffBase() { return values.wsReconnectBackoffBase; }

    /** {@return the longest reconnect delay; see {@link Builder#wsReconnectBackoffCap(Duration)}} */
    public Duration wsReconnectBackoffCap() { return values.wsReconnectBackoffCap; }

    /** {@return the reconnect attempts in a row before giving up; see {@link Builder#wsMaxReconnectAttempts(int)}} */
    public int wsMaxReconnectAttempts() { return values.wsMaxReconnectAttempts; }

    /** {@return the WebSocket transport plugin's name, or null; see {@link Builder#webSocketTransportProvider(String)}} */
    public @Nullable String webSocketTransportProvider() { return values.webSocketTransportProvider; }

    /** {@return true when apiKey and apiPass are set and there is something to sign with} */
    public boolean hasCredentials() {
        return values.apiKey != null && values.apiPass != null && (values.apiSecret != null || values.customSignMessageFn != null);
    }

    /** {@return whether calls wait for rate limit permits; see {@link Builder#rateLimiting(boolean)}} */
    public boolean rateLimiting() { return values.rateLimiting; }

    /** {@return the longest wait for a rate limit permit; see {@link Builder#rateLimitMaxWait(Duration)}} */
    public Duration rateLimitMaxWait() { return values.rateLimitMaxWait; }

    /** {@return the rate limiter plugin's name, or null; see {@link Builder#rateLimiterProvider(String)}} */
    public @Nullable String rateLimiterProvider() { return values.rateLimiterProvider; }

    /** {@return the rate limiter plugin's settings, immutable; see {@link Builder#rateLimiterProperties(Map)}} */
    public Map<String, String> rateLimiterProperties() { return values.rateLimiterProperties; }

    /** {@return whether requests are signed on Bitget's measured clock; see {@link Builder#clockSync(boolean)}} */
    public boolean clockSync() { return values.clockSync; }

    /** {@return how often the clock offset is measured again; see {@link Builder#clockSyncInterval(Duration)}} */
    public Duration clockSyncInterval() { return values.clockSyncInterval; }

    /** {@return which failures the client re-sends by itself; see {@link Builder#retryPolicy(RetryPolicy)}} */
    public RetryPolicy retryPolicy() { return values.retryPolicy; }

    /** {@return every setting, with the secret, passphrase, key password and signer settings' values hidden} */
    @Override
    public String toString() { return values.describe(); }

    /**
     * Builds {@link ClientOptions}. Not thread-safe; every setter returns this builder. The setters are grouped by
     * concern in the classes it extends: {@link CredentialSetters}, {@link HttpSetters}, {@link CallSetters},
     * {@link WebSocketSetters}.
     */
    public static final class Builder extends WebSocketSetters<Builder> {

        private Builder(OptionValues values) {
            super(values);
        }

        /**
         * The options as set so far; the builder stays usable and later changes do not reach the result.
         *
         * @return immutable options
         */
        public ClientOptions build() {
            return new ClientOptions(this);
        }

        @Override
        public String toString() { return "ClientOptions.Builder"; }
    }
}
