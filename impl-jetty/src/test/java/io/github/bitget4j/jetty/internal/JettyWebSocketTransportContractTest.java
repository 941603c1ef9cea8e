package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.WebSocketTransportProvider;
import io.github.bitget4j.testkit.contract.WebSocketTransportContract;

/** The Jetty WebSocket transport against the testkit's WebSocket transport contract. */
class JettyWebSocketTransportContractTest extends WebSocketTransportContract {

    @Override
    protected WebSocketTransportProvider provider() {
        return new JettyWebSocketTransportProvider();
    }
}
