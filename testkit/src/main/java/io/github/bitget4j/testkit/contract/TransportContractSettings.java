package io.github.bitget4j.testkit.contract;

import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportSettings;
import java.security.KeyStore;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * The transport settings a contract test builds its transport with: the SDK's defaults with short timeouts, each
 * field changed by the test that needs it.
 */
public final class TransportContractSettings {

    /** The User-Agent every contract transport is built with. */
    public static final String USER_AGENT = "bitget4j-contract/1.0";

    /** Time to open a connection; 2 s. */
    public Duration connectTimeout = Duration.ofSeconds(2);
    /** Time for a whole exchange; 10 s. */
    public Duration requestTimeout = Duration.ofSeconds(10);
    /** Reuse connections; true. */
    public boolean keepAlive = true;
    /** How long an idle pooled connection stays open; 30 s. */
    public Duration keepAliveIdle = Duration.ofSeconds(30);
    /** Connections to one host at most; 64. */
    public int maxConnectionsPerHost = 64;
    /** Requests that may queue for a connection; 65,536. */
    public int maxQueuedRequestsPerHost = 65_536;
    /** A proxy, or null for direct connections. */
    public @Nullable ProxySettings proxy;
    /** The HTTP version; {@code AUTO}. */
    public HttpVersion httpVersion = HttpVersion.AUTO;
    /** Trusted certificates, or null for the JDK's. */
    public @Nullable KeyStore trustStore;

    /** Settings with the defaults above; change the fields before {@link #build()}. */
    public TransportContractSettings() {
    }

    /** {@return the settings, with {@link #USER_AGENT}} */
    public TransportSettings build() {
        return new TransportSettings(connectTimeout, requestTimeout, keepAlive, keepAliveIdle, maxConnectionsPerHost,
                maxQueuedRequestsPerHost, proxy, USER_AGENT, httpVersion, trustStore);
    }
}
