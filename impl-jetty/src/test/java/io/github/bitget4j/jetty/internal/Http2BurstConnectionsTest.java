package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.testkit.SelfSignedCertificate;
import io.github.bitget4j.testkit.contract.TransportContractSettings;
import io.github.bitget4j.testkit.contract.internal.HandlerServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A burst of callers over HTTP/2 beyond one connection's streams: {@link OneAtATimeHttp2Pool} opens further connections
 * one at a time, so the pool must still grow when the open ones are full (a connection that never came would leave the
 * callers queued until they time out) and must not open the whole pool. Every request is held a while, so that the
 * callers overlap. The CPU this saves under a 10,000-caller burst is measured by the load harness (BENCHMARKS.md), not
 * here: on an idle machine Jetty's own pool opens connections fast enough not to overshoot either.
 */
class Http2BurstConnectionsTest {

    private static final int POOL = 64;

    @Test
    void aBurstBeyondOneConnectionsStreamsGrowsThePoolButNotToItsLimit() throws Exception {
        int serverStreams = 100;
        int callers = 2_000; // 20 connections' worth of streams at once, fewer as earlier answers free streams
        Set<String> connections = burst(HttpVersion.AUTO, serverStreams, callers);
        assertThat(connections.size()).as("connections the burst went over").isBetween(2, 30);
    }

    @Test
    void aBurstOverForcedHttp2GrowsThePoolButNotToItsLimit() throws Exception {
        int serverStreams = 100;
        int callers = 2_000;
        Set<String> connections = burst(HttpVersion.HTTP_2, serverStreams, callers);
        assertThat(connections.size()).as("connections the burst went over").isBetween(2, 30);
    }

    /** The distinct connections the server saw the burst's requests on; one call opens the first before the burst. */
    private static Set<String> burst(HttpVersion version, int serverStreams, int callers) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        Set<String> connections = ConcurrentHashMap.newKeySet();
        try (HandlerServer tls = HandlerServer.startTls((request, response) -> {
            if (request.getHttpURI().getPath().equals("/burst")) {
                connections.add(request.getConnectionMetaData().getId());
                Thread.sleep(300);
            }
            return HandlerServer.utf8("ok");
        }, certificate, true, serverStreams)) {
            var settings = new TransportContractSettings();
            settings.trustStore = certificate.trustStore();
            settings.httpVersion = version;
            settings.maxConnectionsPerHost = POOL;
            settings.requestTimeout = Duration.ofSeconds(60);
            try (HttpTransport transport = new JettyHttpTransportProvider().create(settings.build());
                    ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
                assertThat(transport.send(get(tls.url("/first"))).status()).isEqualTo(200);
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < callers; i++) {
                    answers.add(threads.submit(() -> transport.send(get(tls.url("/burst"))).status()));
                }
                for (Future<Integer> answer : answers) {
                    assertThat(answer.get(120, TimeUnit.SECONDS)).isEqualTo(200);
                }
            }
        }
        return connections;
    }

    private static HttpRequest get(String url) {
        return new HttpRequest("GET", url, Map.of(), new byte[0]);
    }
}
