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

    public Duration connectTimeout = Duration.ofSeconds(2);
    public Duration requestTimeout = Duration.ofSeconds(10);
    public boolean keepAlive = true;
    public Duration keepAliveIdle = Duration.ofSeconds(30);
    public int maxConnectionsPerHost = 64;
    public int maxQueuedRequestsPerHost = 65_536;
    public @Nullable ProxySettings proxy;
    public HttpVersion httpVersion = HttpVersion.AUTO;
    public @Nullable KeyStore trustStore;

    public TransportSettings build() {
        return new TransportSettings(connectTimeout, requestTimeout, keepAlive, keepAliveIdle, maxConnectionsPerHost,
                maxQueuedRequestsPerHost, proxy, USER_AGENT, httpVersion, trustStore);
    }
}
