package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.Test;

/** Thousands of virtual-thread callers share a small connection pool, on a handful of platform threads. */
class ConcurrencyTest {

    private static final int CALLERS = 10_000;
    private static final int CONNECTIONS = 64;

    @Test
    void tenThousandVirtualThreadCallersAllSucceedOver64ConnectionsOnFewPlatformThreads() throws Exception {
        Set<SocketAddress> clientConnections = ConcurrentHashMap.newKeySet();
        try (JettyTestServer server = JettyTestServer.start((request, response) -> {
            clientConnections.add(request.getConnectionMetaData().getRemoteSocketAddress());
            Thread.sleep(5); // a little latency, so that callers pile up behind the pool
            return ("echo " + Request.extractQueryParameters(request).getValue("i")).getBytes(StandardCharsets.UTF_8);
        })) {
            TestSettings settings = new TestSettings();
            settings.maxConnectionsPerHost = CONNECTIONS;
            settings.requestTimeout = Duration.ofSeconds(60);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            AtomicInteger blocked = new AtomicInteger();
            AtomicInteger mostBlocked = new AtomicInteger();

            long start;
            long elapsedMillis;
            List<Future<HttpResponse>> responses = new ArrayList<>(CALLERS);
            try (HttpTransport transport = settings.newTransport();
                    ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                transport.send(TestSettings.get(server.url("/warm-up?i=-1")));
                threads.resetPeakThreadCount();
                start = System.nanoTime();
                for (int i = 0; i < CALLERS; i++) {
                    String url = server.url("/work?i=" + i);
                    responses.add(callers.submit(() -> {
                        mostBlocked.accumulateAndGet(blocked.incrementAndGet(), Math::max);
                        try {
                            return transport.send(TestSettings.get(url));
                        } finally {
                            blocked.decrementAndGet();
                        }
                    }));
                }
                for (Future<HttpResponse> response : responses) {
                    response.get(120, TimeUnit.SECONDS);
                }
                elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            }
            int peakPlatformThreads = threads.getPeakThreadCount();

            for (int i = 0; i < CALLERS; i++) {
                HttpResponse response = responses.get(i).get();
                assertThat(response.status()).isEqualTo(200);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("echo " + i);
            }
            assertThat(clientConnections).hasSizeLessThanOrEqualTo(CONNECTIONS);
            assertThat(mostBlocked.get()).as("callers blocked in send at once").isGreaterThan(2_000);
            assertThat(peakPlatformThreads).as("platform threads in this JVM, test server included").isLessThan(50);
            System.out.printf("%d calls in %d ms over %d connections; at most %d callers blocked at once;"
                            + " peak platform threads %d%n",
                    CALLERS, elapsedMillis, clientConnections.size(), mostBlocked.get(), peakPlatformThreads);
        }
    }
}
