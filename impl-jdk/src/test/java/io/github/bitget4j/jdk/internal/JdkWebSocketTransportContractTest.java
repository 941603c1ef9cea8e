package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.WebSocketTransportProvider;
import io.github.bitget4j.testkit.contract.WebSocketTransportContract;
import java.util.EnumSet;
import java.util.Set;

/** The JDK WebSocket transport against the testkit's WebSocket transport contract. */
class JdkWebSocketTransportContractTest extends WebSocketTransportContract {

    @Override
    protected WebSocketTransportProvider provider() {
        return new JdkWebSocketTransportProvider();
    }

    @Override
    protected Set<ProxySettings.Type> supportedProxyTypes() {
        return EnumSet.of(ProxySettings.Type.HTTP);
    }
}
