package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.TransportSettings;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderTest {

    @Test
    void serviceLoaderFindsTheJettyProviderByNameWithPriorityZero() {
        List<HttpTransportProvider> providers = ServiceLoader.load(HttpTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("jetty"))
                .toList();

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).isInstanceOf(JettyHttpTransportProvider.class);
            assertThat(provider.priority()).isZero();
            assertThat(provider.isUsable()).isTrue();
        });
    }

    @Test
    void createsAWorkingTransportFromTheDefaultSettings() throws Exception {
        try (RawHttpServer server = RawHttpServer.start();
                HttpTransport transport = new JettyHttpTransportProvider().create(TransportSettings.defaults())) {
            assertThat(transport.send(TestSettings.get(server.url("/"))).status()).isEqualTo(200);
            assertThat(RawHttp.header(server.next().head(), "User-Agent")).isEqualTo("bitget4j");
        }
    }
}
