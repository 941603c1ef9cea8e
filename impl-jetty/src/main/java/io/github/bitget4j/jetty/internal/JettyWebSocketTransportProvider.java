package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.spi.WebSocketTransportProvider;

/** The {@code "jetty"} WebSocket transport: Jetty's WebSocket client on virtual threads. */
public final class JettyWebSocketTransportProvider implements WebSocketTransportProvider {

    public static final String NAME = "jetty";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public int priority() {
        return 0;
    }

    /** A started transport; the caller closes it. */
    @Override
    public WebSocketTransport create(TransportSettings settings) {
        return JettyWebSocketTransport.start(settings);
    }
}
