package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.testkit.contract.HttpTransportContract;
import java.util.EnumSet;
import java.util.Set;

/** The JDK transport against the testkit's HTTP transport contract. */
class JdkHttpTransportContractTest extends HttpTransportContract {

    @Override
    protected HttpTransportProvider provider() {
        return new JdkHttpTransportProvider();
    }

    @Override
    protected int maxResponseBytes() {
        return JdkHttpTransport.MAX_RESPONSE_BYTES;
    }

    @Override
    protected Set<ProxySettings.Type> supportedProxyTypes() {
        return EnumSet.of(ProxySettings.Type.HTTP);
    }

    @Override
    protected boolean supportsKeepAliveOff() {
        return false;
    }

    @Override
    protected boolean refusesHttp11WhenHttp2IsForced() {
        return false; // java.net.http treats HTTP_2 as a preference and falls back to HTTP/1.1
    }

    @Override
    protected boolean preservesHeaderOrder() {
        return false; // java.net.http sorts request headers by name
    }
}
