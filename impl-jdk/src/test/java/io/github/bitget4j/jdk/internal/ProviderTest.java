package io.github.bitget4j.jdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.BitgetProvider;
import io.github.bitget4j.spi.HttpTransportProvider;
import io.github.bitget4j.spi.WebSocketTransportProvider;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProviderTest {

    @Test
    void serviceLoaderFindsTheJdkProvidersByNameBelowJettysPriority() {
        assertThat(named(HttpTransportProvider.class)).singleElement()
                .isInstanceOf(JdkHttpTransportProvider.class)
                .satisfies(provider -> assertThat(provider.priority()).isNegative());
        assertThat(named(WebSocketTransportProvider.class)).singleElement()
                .isInstanceOf(JdkWebSocketTransportProvider.class)
                .satisfies(provider -> assertThat(provider.priority()).isNegative());
    }

    private static <P extends BitgetProvider> List<P> named(Class<P> type) {
        return ServiceLoader.load(type).stream().map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("jdk")).toList();
    }
}
