package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.BitgetProvider;
import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketTransportProvider;
import io.github.bitget4j.testkit.contract.internal.RawHttp;
import io.github.bitget4j.testkit.contract.internal.RawHttpServer;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderTest {

    @Test
    void serviceLoaderFindsTheJettyProvidersByNameWithPriorityZero() {
        assertThat(named(HttpTransportProvider.class)).singleElement().satisfies(provider -> {
            assertThat(provider).isInstanceOf(JettyHttpTransportProvider.class);
            assertThat(provider.priority()).isZero();
            assertThat(provider.isUsable()).isTrue();
        });
        assertThat(named(WebSocketTransportProvider.class)).singleElement()
                .isInstanceOf(JettyWebSocketTransportProvider.class)
                .satisfies(provider -> assertThat(provider.priority()).isZero());
    }

    @Test
    void createsAWorkingTransportFromTheDefaultSettings() throws Exception {
        try (RawHttpServer server = RawHttpServer.start();
                HttpTransport transport = new JettyHttpTransportProvider().create(TransportSettings.defaults())) {
            assertThat(transport.send(new HttpRequest("GET", server.url("/"), Map.of(), new byte[0])).status())
                    .isEqualTo(200);
            assertThat(RawHttp.header(server.next().head(), "User-Agent")).isEqualTo("bitget4j");
        }
    }

    private static <P extends BitgetProvider> List<P> named(Class<P> type) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("jetty")).toList();
    }
}
