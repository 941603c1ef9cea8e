package io.github.bitget4j.internal.ws;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.internal.ProviderResolver;
import io.github.bitget4j.internal.TransportFactory;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.spi.WebSocketTransportProvider;

/** Finds the WebSocket transport plugin the same way as the HTTP one: option, then property/env, then priority. */
final class WsTransports {

    static final String SYSTEM_PROPERTY = "bitget4j.ws";
    static final String ENVIRONMENT_VARIABLE = "BITGET4J_WS";

    private WsTransports() {
    }

    static WebSocketTransport create(ClientOptions options) {
        WebSocketTransportProvider provider = ProviderResolver
                .load(WebSocketTransportProvider.class, SYSTEM_PROPERTY, ENVIRONMENT_VARIABLE)
                .resolve(options.webSocketTransportProvider(), p -> true, p -> "");
        return provider.create(TransportFactory.settings(options));
    }
}
