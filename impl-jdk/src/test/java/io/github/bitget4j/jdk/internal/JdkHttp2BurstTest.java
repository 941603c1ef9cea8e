package io.github.bitget4j.jdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.testkit.SelfSignedCertificate;
import io.github.bitget4j.testkit.contract.TransportContractSettings;
import io.github.bitget4j.testkit.contract.internal.HandlerServer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** java.net.http opens a connection per concurrent request while it has no HTTP/2 connection: the transport does not. */
class JdkHttp2BurstTest {

    @Test
    void aColdBurstOverHttp2SharesOneConnection() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        Set<String> connections = ConcurrentHashMap.newKeySet();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        try (HandlerServer tls = HandlerServer.startTls((request, response) -> {
            connections.add(request.getConnectionMetaData().getId());
            versions.add(request.getConnectionMetaData().getHttpVersion().asString());
            return HandlerServer.utf8("ok");
        }, certificate, true)) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.trustStore = certificate.trustStore();
            try (HttpTransport transport = new JdkHttpTransportProvider().create(settings.build());
                    var callers = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    statuses.add(callers.submit(() -> transport.send(
                            new HttpRequest("GET", tls.url("/burst"), Map.of(), new byte[0])).status()));
                }
                for (Future<Integer> status : statuses) {
                    assertThat(status.get(60, TimeUnit.SECONDS)).isEqualTo(200);
                }
            }
        }
        assertThat(versions).containsExactly("HTTP/2.0");
        assertThat(connections).as("connections the server saw").hasSize(1);
    }
}
