package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.spi.WebSocketTransportProvider;

/** The {@code "jdk"} WebSocket transport: java.net.http's WebSocket. Below Jetty's priority (0) when both are there. */
public final class JdkWebSocketTransportProvider implements WebSocketTransportProvider {

    @Override
    public String name() {
        return JdkHttpTransportProvider.NAME;
    }

    @Override
    public int priority() {
        return -10;
    }

    @Override
    public WebSocketTransport create(TransportSettings settings) {
        return JdkWebSocketTransport.start(settings);
    }
}
