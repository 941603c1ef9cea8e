package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.testkit.contract.internal.RawHttpServer;
import io.github.bitget4j.testkit.contract.internal.RecordingListener;
import io.github.bitget4j.testkit.contract.internal.WebSocketTestServer;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A transport runs on virtual threads plus one daemon timer thread, and leaves nothing behind on close. */
class ThreadsTest {

    @Test
    void theHttpTransportUsesOnlyDaemonPlatformThreadsAndStopsThemOnClose() throws Exception {
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        List<Thread> added;
        try (RawHttpServer server = RawHttpServer.start()) {
            HttpTransport transport = new JettyHttpTransportProvider().create(TransportSettings.defaults());
            transport.send(new HttpRequest("GET", server.url("/"), Map.of(), new byte[0]));
            added = Thread.getAllStackTraces().keySet().stream().filter(thread -> !before.contains(thread)).toList();
            transport.close();
        }

        assertStoppedDaemons(added, "bitget4j-http-");
    }

    @Test
    void theWebSocketTransportUsesOnlyDaemonPlatformThreadsAndStopsThemOnClose() throws Exception {
        try (WebSocketTestServer server = WebSocketTestServer.start()) {
            warmUp(server); // the server starts threads of its own on first use; they are not ours to judge
            Set<Thread> before = Thread.getAllStackTraces().keySet();
            WebSocketTransport own = new JettyWebSocketTransportProvider().create(TransportSettings.defaults());
            RecordingListener listener = new RecordingListener();
            own.connect(server.uri("/ws"), listener).sendText("warm up");
            listener.nextText();
            List<Thread> added = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> !before.contains(thread)).toList();

            own.close();

            assertStoppedDaemons(added, "bitget4j-ws-");
        }
    }

    private static void warmUp(WebSocketTestServer server) throws Exception {
        try (WebSocketTransport transport = new JettyWebSocketTransportProvider().create(TransportSettings.defaults())) {
            RecordingListener listener = new RecordingListener();
            WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);
            connection.sendText("warm up");
            listener.nextText();
        }
    }

    private static void assertStoppedDaemons(List<Thread> added, String transportPrefix) throws InterruptedException {
        assertThat(added).allSatisfy(thread -> assertThat(thread.isDaemon()).as(thread.getName()).isTrue());
        List<Thread> transportThreads = added.stream().filter(thread -> thread.getName().startsWith(transportPrefix)).toList();
        assertThat(transportThreads).isNotEmpty();
        for (Thread thread : transportThreads) {
            thread.join(2_000);
        }
        assertThat(transportThreads).noneMatch(Thread::isAlive);
    }
}
