package io.github.bitget4j.internal;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.SignMessageFunction;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.RetryPolicy;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import java.security.KeyStore;
import io.github.bitget4j.ws.WsKey;
import java.time.Duration;
import java.time.InstantSource;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every setting behind {@code ClientOptions}, with its default: the one list of them. A builder edits its own
 * instance; a {@code ClientOptions} keeps a {@link #frozen()} copy that never leaves it, so the options stay
 * immutable. The setters' checks are in {@link OptionChecks}.
 */
public final class OptionValues implements Cloneable {

    public @Nullable String apiKey;
    public @Nullable String apiSecret;
    public @Nullable String apiPass;
    public @Nullable String keyPassword;
    public boolean demoTrading;
    public @Nullable SignMessageFunction customSignMessageFn;
    public String baseUrl = ClientOptions.DEFAULT_BASE_URL;
    public boolean strictParamValidation;
    public boolean encodeQueryStringValues = true;
    public boolean parseExceptions = true;
    public boolean strictResponses;
    public boolean keepAlive = true;
    public long keepAliveMsecs = 30_000;
    public Duration connectTimeout = Duration.ofSeconds(10);
    public Duration requestTimeout = Duration.ofSeconds(30);
    public @Nullable ProxySettings proxy;
    public HttpVersion httpVersion = HttpVersion.AUTO;
    public @Nullable KeyStore trustStore;
    public @Nullable String channelApiCode;
    public boolean trace = "true".equalsIgnoreCase(System.getenv("BITGETTRACE"));
    public int maxConnections = 64;
    public int maxQueuedRequests = 65_536;
    public @Nullable String signerProvider;
    public Map<String, String> signerProperties = Map.of();
    public @Nullable String httpTransportProvider;
    public @Nullable HttpTransport httpTransport;
    public InstantSource clock = InstantSource.system();
    public @Nullable String wsUrl;
    public Map<WsKey, String> wsSocketUrls = new EnumMap<>(WsKey.class);
    public Duration wsPingInterval = Duration.ofSeconds(10);
    public Duration wsPongTimeout = Duration.ofSeconds(3);
    public Duration wsReconnectBackoffBase = Duration.ofMillis(500);
    public Duration wsReconnectBackoffCap = Duration.ofSeconds(30);
    public int wsMaxReconnectAttempts = Integer.MAX_VALUE;
    public @Nullable String webSocketTransportProvider;
    public boolean rateLimiting = true;
    public Duration rateLimitMaxWait = Duration.ofSeconds(30);
    public @Nullable String rateLimiterProvider;
    public Map<String, String> rateLimiterProperties = Map.of();
    public boolean clockSync;
    public Duration clockSyncInterval = Duration.ofMinutes(5);
    public RetryPolicy retryPolicy = RetryPolicy.none();

    /** The defaults. */
    public OptionValues() {
    }

    /**
     * A copy to keep, after the checks that span settings; its maps cannot be changed.
     *
     * @throws IllegalArgumentException when the reconnect backoff's cap is below its base
     */
    public OptionValues frozen() {
        if (wsReconnectBackoffCap.compareTo(wsReconnectBackoffBase) < 0) {
            throw new IllegalArgumentException("wsReconnectBackoffCap (" + wsReconnectBackoffCap
                    + ") must not be less than wsReconnectBackoffBase (" + wsReconnectBackoffBase + ")");
        }
        OptionValues copy = shallowCopy();
        copy.signerProperties = Map.copyOf(signerProperties);
        copy.wsSocketUrls = Map.copyOf(wsSocketUrls);
        return copy;
    }

    /** A copy for a builder to edit (its per-socket URL map is its own). */
    public OptionValues editable() {
        OptionValues copy = shallowCopy();
        copy.wsSocketUrls = new EnumMap<>(WsKey.class);
        copy.wsSocketUrls.putAll(wsSocketUrls);
        return copy;
    }

    /** clone() copies every field, so a new setting cannot be forgotten here; all but the two maps are immutable. */
    private OptionValues shallowCopy() {
        try {
            return (OptionValues) clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** What {@code ClientOptions.toString()} shows: every setting, with secrets, passwords and signer settings hidden. */
    public String describe() {
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
                + ", httpVersion=" + httpVersion
                + ", trustStore=" + (trustStore == null ? "default" : "custom")
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

    @Override
    public String toString() {
        return describe();
    }
}
