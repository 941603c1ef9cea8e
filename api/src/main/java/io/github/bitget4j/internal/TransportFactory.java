package io.github.bitget4j.internal;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.TransportSettings;
import java.time.Duration;

/** Finds the HTTP transport plugin and maps the options onto its settings. */
public final class TransportFactory {

    public static final String SYSTEM_PROPERTY = "bitget4j.http";
    public static final String ENVIRONMENT_VARIABLE = "BITGET4J_HTTP";
    static final String USER_AGENT = "bitget4j/0.1";

    private TransportFactory() {
    }

    public static TransportSettings settings(ClientOptions options) {
        return new TransportSettings(options.connectTimeout(), options.requestTimeout(), options.keepAlive(),
                Duration.ofMillis(options.keepAliveMsecs()), options.maxConnections(), options.maxQueuedRequests(),
                options.proxy(), USER_AGENT, options.httpVersion(), options.trustStore());
    }

    /** A new transport, owned by the caller. */
    public static HttpTransport create(ClientOptions options) {
        HttpTransportProvider provider = ProviderResolver
                .load(HttpTransportProvider.class, SYSTEM_PROPERTY, ENVIRONMENT_VARIABLE)
                .resolve(options.httpTransportProvider(), p -> true, p -> "");
        return provider.create(settings(options));
    }
}
