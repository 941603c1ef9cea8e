package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.testkit.contract.HttpTransportContract;

/** The Jetty transport against the testkit's HTTP transport contract. */
class JettyHttpTransportContractTest extends HttpTransportContract {

    @Override
    protected HttpTransportProvider provider() {
        return new JettyHttpTransportProvider();
    }

    @Override
    protected int maxResponseBytes() {
        return JettyHttpTransport.MAX_RESPONSE_BYTES;
    }
}
