package io.github.bitget4j.example.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.SignerSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** A remote signer shares a few connections among all its callers instead of opening one per caller. */
class RemoteSignerConnectionsTest {

    private static final int CALLERS = 1_000;

    @Test
    void aThousandConcurrentCallersShareAtMostTheConfiguredConnections() throws Exception {
        int max = 4;
        try (var service = new RemoteSigningService();
                Signer signer = new RemoteSignerProvider().create(spec(service, Map.of(
                        RemoteSignerProvider.MAX_CONNECTIONS_PROPERTY, String.valueOf(max))))) {
            List<Future<String>> signatures = new ArrayList<>();
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < CALLERS; i++) {
                    byte[] message = ("message " + i).getBytes(StandardCharsets.UTF_8);
                    signatures.add(threads.submit(() -> signer.sign(message)));
                }
            }
            for (Future<String> signature : signatures) {
                assertThat(signature.get()).isNotBlank();
            }

            System.out.printf("remote signer, %d concurrent callers, maxConnections %d: %d connections opened, "
                    + "at most %d requests at once%n", CALLERS, max, service.connectionsOpened(), service.mostRequestsAtOnce());
            assertThat(service.signatures()).isEqualTo(CALLERS);
            assertThat(service.mostRequestsAtOnce()).isLessThanOrEqualTo(max);
            // the probe's connection plus at most `max` for signing; a connection the JDK client has not yet put back
            // in its pool when the next caller starts may be replaced, hence the slack, still far from one per caller
            assertThat(service.connectionsOpened()).isLessThanOrEqualTo(4 * max + 1);
        }
    }

    @Test
    void theDefaultBoundIsEightConnections() throws Exception {
        try (var service = new RemoteSigningService();
                Signer signer = new RemoteSignerProvider().create(spec(service, Map.of()))) {
            try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                for (int i = 0; i < 200; i++) {
                    threads.submit(() -> signer.sign(new byte[] {1}));
                }
            }
            assertThat(service.signatures()).isEqualTo(200);
            assertThat(service.mostRequestsAtOnce()).isLessThanOrEqualTo(RemoteSignerProvider.DEFAULT_MAX_CONNECTIONS);
        }
    }

    @Test
    void aBadConnectionBoundIsRefusedAtCreation() throws Exception {
        try (var service = new RemoteSigningService()) {
            for (String bad : List.of("0", "-3", "many", "1001")) {
                assertThatThrownBy(() -> new RemoteSignerProvider().create(spec(service,
                        Map.of(RemoteSignerProvider.MAX_CONNECTIONS_PROPERTY, bad))))
                        .isInstanceOf(SignerException.class)
                        .hasMessageContaining(RemoteSignerProvider.MAX_CONNECTIONS_PROPERTY);
            }
        }
    }

    private static SignerSpec spec(RemoteSigningService service, Map<String, String> extra) {
        Map<String, String> properties = new java.util.HashMap<>(extra);
        properties.put(RemoteSignerProvider.TOKEN_PROPERTY, service.token());
        return new SignerSpec("remote:" + service.keyUrl(RemoteSigningService.KEY_ID), null, properties);
    }
}
