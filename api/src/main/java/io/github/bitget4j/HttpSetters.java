package io.github.bitget4j;

import io.github.bitget4j.internal.OptionChecks;
import io.github.bitget4j.internal.OptionValues;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The setters of {@link ClientOptions.Builder} for the HTTP transport: where requests go, connections, timeouts,
 * proxy, TLS trust and tracing. Only {@code ClientOptions.Builder} extends it.
 *
 * @param <B> the builder type each setter returns, for chaining
 */
public abstract sealed class HttpSetters<B extends HttpSetters<B>> extends CredentialSetters<B> permits CallSetters {

    HttpSetters(OptionValues values) {
        super(values);
    }

    /**
     * The REST base URL: http or https, a host, an optional port and path prefix; a trailing slash is dropped.
     * Default {@value ClientOptions#DEFAULT_BASE_URL}.
     *
     * @param baseUrl the URL, e.g. {@code http://127.0.0.1:8080} for a testkit server
     * @return this builder
     * @throws io.github.bitget4j.errors.BitgetConfigurationException for anything else: no host, a user-info part
     *         (a password), a query or a fragment
     */
    public B baseUrl(String baseUrl) {
        values.baseUrl = OptionChecks.baseUrl(baseUrl);
        return self();
    }

    /**
     * Whether HTTP connections are reused between calls. Default true.
     *
     * @param keepAlive false to open a connection per call
     * @return this builder
     */
    public B keepAlive(boolean keepAlive) {
        values.keepAlive = keepAlive;
        return self();
    }

    /**
     * How long an idle pooled connection is kept open, in milliseconds. Default 30,000. (The Node reference SDK
     * uses this name for its TCP keep-alive probe delay; here it governs the connection pool.)
     *
     * @param msecs milliseconds, at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public B keepAliveMsecs(long msecs) {
        values.keepAliveMsecs = OptionChecks.atLeast("keepAliveMsecs", msecs, 1);
        return self();
    }

    /**
     * The time to open a connection; a call that times out here was not sent. Default 10 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B connectTimeout(Duration timeout) {
        values.connectTimeout = OptionChecks.positive("connectTimeout", timeout);
        return self();
    }

    /**
     * The time for a whole request, from sending to the last byte of the response; a call that times out here may
     * have reached Bitget ({@link io.github.bitget4j.errors.BitgetException#requestFate()} says so). Default 30 s.
     *
     * @param timeout a positive duration
     * @return this builder
     * @throws IllegalArgumentException when zero or negative
     */
    public B requestTimeout(Duration timeout) {
        values.requestTimeout = OptionChecks.positive("requestTimeout", timeout);
        return self();
    }

    /**
     * An HTTP or SOCKS5 proxy for REST and WebSocket connections. Default none (direct).
     *
     * @param proxy the proxy, or null for direct connections
     * @return this builder
     */
    public B proxy(@Nullable ProxySettings proxy) {
        values.proxy = proxy;
        return self();
    }

    /**
     * The HTTP version: {@code AUTO} (the default) uses HTTP/2 when the server offers it over TLS, else HTTP/1.1;
     * {@code HTTP_1_1} and {@code HTTP_2} force one.
     *
     * @param version the version
     * @return this builder
     * @throws NullPointerException for null
     */
    public B httpVersion(HttpVersion version) {
        values.httpVersion = Objects.requireNonNull(version, "httpVersion");
        return self();
    }

    /**
     * Certificates trusted for HTTPS and WSS instead of the JDK's defaults, e.g. a corporate CA or a test
     * server's certificate; host names are still checked. Default none.
     *
     * @param store the trusted certificates, or null for the JDK's default trust
     * @return this builder
     */
    public B trustStore(@Nullable KeyStore store) {
        values.trustStore = store;
        return self();
    }

    /**
     * Log every request and response through {@code System.Logger} {@code "io.github.bitget4j.trace"} at INFO, with
     * the passphrase, signature and secrets redacted. Default: true when the environment variable
     * {@code BITGETTRACE} is {@code true}, else false.
     *
     * @param trace true to log the traffic
     * @return this builder
     */
    public B trace(boolean trace) {
        values.trace = trace;
        return self();
    }

    /**
     * The most connections to one host; further callers queue. Default 64.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public B maxConnections(int max) {
        values.maxConnections = OptionChecks.atLeast("maxConnections", max, 1);
        return self();
    }

    /**
     * The most callers that may queue for a connection at once. Default 65,536.
     *
     * @param max at least 1
     * @return this builder
     * @throws IllegalArgumentException when below 1
     */
    public B maxQueuedRequests(int max) {
        values.maxQueuedRequests = OptionChecks.atLeast("maxQueuedRequests", max, 1);
        return self();
    }

    /**
     * The HTTP transport plugin by name (e.g. {@code "jetty"}, {@code "jdk"}). Default none: the system property
     * {@code bitget4j.http}, then the environment variable {@code BITGET4J_HTTP}, then the best usable plugin.
     *
     * @param name the plugin's name; null or blank for the default choice
     * @return this builder
     */
    public B httpTransportProvider(@Nullable String name) {
        values.httpTransportProvider = OptionChecks.blankToNull(name);
        return self();
    }

    /**
     * A transport you own and share between clients; clients never close it. Default none: each client creates
     * its own transport from a plugin and closes it in {@code close()}.
     *
     * @param transport the shared transport, or null for one per client
     * @return this builder
     */
    public B httpTransport(@Nullable HttpTransport transport) {
        values.httpTransport = transport;
        return self();
    }
}
