package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportSettings;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Transport settings for tests: the SDK defaults with short timeouts, each changeable. */
final class TestSettings {

    static final String USER_AGENT = "bitget4j-test/1.0";

    Duration connectTimeout = Duration.ofSeconds(2);
    Duration requestTimeout = Duration.ofSeconds(10);
    boolean keepAlive = true;
    Duration keepAliveIdle = Duration.ofSeconds(30);
    int maxConnectionsPerHost = 64;
    int maxQueuedRequestsPerHost = 65_536;
    @Nullable ProxySettings proxy;

    TransportSettings build() {
        return new TransportSettings(connectTimeout, requestTimeout, keepAlive, keepAliveIdle,
                maxConnectionsPerHost, maxQueuedRequestsPerHost, proxy, USER_AGENT);
    }

    HttpTransport newTransport() {
        return new JettyHttpTransportProvider().create(build());
    }

    static HttpRequest get(String url) {
        return new HttpRequest("GET", url, Map.of(), new byte[0]);
    }
}
