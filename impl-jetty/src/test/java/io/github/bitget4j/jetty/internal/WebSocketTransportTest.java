package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.spi.WebSocketTransportProvider;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Jetty WebSocket transport against a real Jetty WebSocket server on 127.0.0.1. */
class WebSocketTransportTest {

    private WebSocketTestServer server;
    private WebSocketTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = WebSocketTestServer.start();
        transport = new JettyWebSocketTransportProvider().create(new TestSettings().build());
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
    }

    @Test
    void serviceLoaderFindsTheJettyWebSocketProviderByNameWithPriorityZero() {
        List<WebSocketTransportProvider> providers = ServiceLoader.load(WebSocketTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(provider -> provider.name().equals("jetty"))
                .toList();

        assertThat(providers).singleElement().satisfies(provider -> {
            assertThat(provider).isInstanceOf(JettyWebSocketTransportProvider.class);
            assertThat(provider.priority()).isZero();
            assertThat(provider.isUsable()).isTrue();
        });
    }

    @Test
    void connectReturnsAnOpenConnectionAfterOnOpenAndEchoesText() throws Exception {
        RecordingListener listener = new RecordingListener();

        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        assertThat(connection.isOpen()).isTrue();
        assertThat(listener.opened).isCompletedWithValue(connection);
        connection.sendText("hello, 世界");
        assertThat(listener.nextText()).isEqualTo("hello, 世界");
    }

    @Test
    void aListenerMaySendFromOnOpenBeforeAnyMessageArrives() throws Exception {
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onOpen(WebSocketConnection connection) {
                connection.sendText("login from onOpen"); // what a private socket does first
                super.onOpen(connection);
            }
        };

        transport.connect(server.uri("/ws"), listener);

        assertThat(listener.nextText()).isEqualTo("login from onOpen");
    }

    @Test
    void aListenerThatThrowsDoesNotCloseTheConnection() throws Exception {
        RecordingListener listener = new RecordingListener() {
            @Override
            public void onText(String text) {
                super.onText(text);
                if (text.equals("boom")) {
                    throw new IllegalStateException("listener bug");
                }
            }
        };
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("boom");
        connection.sendText("after");

        assertThat(listener.nextText()).isEqualTo("boom");
        assertThat(listener.nextText()).isEqualTo("after");
        assertThat(connection.isOpen()).isTrue();
    }

    @Test
    void deliversABurstOfTenThousandMessagesInOrderOneCallbackAtATime() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("burst 10000");

        List<String> received = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            received.add(listener.nextText());
        }
        for (int i = 0; i < 10_000; i++) {
            assertThat(received.get(i)).isEqualTo("m" + i);
        }
        assertThat(listener.overlaps).hasValue(0);
    }

    @Test
    void sendsTenThousandMessagesInTheOrderTheyWereSent() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        for (int i = 0; i < 10_000; i++) {
            connection.sendText("e" + i);
        }

        for (int i = 0; i < 10_000; i++) {
            assertThat(listener.nextText()).isEqualTo("e" + i);
        }
    }

    @Test
    void receivesATextMessageOfSeveralMebibytes() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("big 3000000");

        assertThat(listener.nextText()).hasSize(3_000_000).matches("x+");
    }

    @Test
    void theServersCloseCodeAndReasonReachOnClose() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("close 4001 going for lunch");

        assertThat(listener.awaitClose()).isEqualTo(new RecordingListener.Closed(4001, "going for lunch"));
        assertThat(connection.isOpen()).isFalse();
        assertThat(listener.errors).isEmpty();
    }

    @Test
    void closeSendsTheCodeToTheServerAndEndsWithOnClose() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.close(1000, "done");
        connection.close(1000, "done again"); // idempotent

        assertThat(server.closeCodes.poll(30, TimeUnit.SECONDS)).isEqualTo(1000);
        assertThat(listener.awaitClose().code()).isEqualTo(1000);
        assertThat(listener.callbacksAfterClose).hasValue(0);
    }

    @Test
    void abortIsSeenByTheServerAsAnAbnormalClose() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.abort();

        assertThat(server.closeCodes.poll(30, TimeUnit.SECONDS)).isEqualTo(1006);
        assertThat(listener.awaitClose().code()).isEqualTo(1006);
        assertThat(connection.isOpen()).isFalse();
    }

    @Test
    void sendingAfterCloseFailsAsRejected() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);
        connection.close(1000, "bye");
        listener.awaitClose();

        TransportException failure = catchThrowableOfType(TransportException.class, () -> connection.sendText("late"));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    }

    @Test
    void answersAControlPingFromTheServerWithAPong() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("ping");

        assertThat(server.pongs.poll(30, TimeUnit.SECONDS)).isEqualTo("are you there");
        connection.sendText("still fine");
        assertThat(listener.nextText()).isEqualTo("still fine");
    }

    @Test
    void connectsThroughTheSocks5ProxyOfTheSettings() throws Exception {
        try (TinySocks5Proxy proxy = TinySocks5Proxy.start("trader", "s3cret")) {
            TestSettings settings = new TestSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.SOCKS5, "127.0.0.1", proxy.port(), "trader", "s3cret");
            try (WebSocketTransport proxied = new JettyWebSocketTransportProvider().create(settings.build())) {
                RecordingListener listener = new RecordingListener();
                proxied.connect(server.uri("/ws"), listener).sendText("via proxy");

                assertThat(listener.nextText()).isEqualTo("via proxy");
            }
            TinySocks5Proxy.Tunnel tunnel = proxy.nextTunnel();
            assertThat(tunnel.username()).isEqualTo("trader");
            assertThat(tunnel.port()).isEqualTo(server.uri("/ws").getPort());
        }
    }

    @Test
    void reportsARefusedConnectionAsConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RecordingListener listener = new RecordingListener();

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.connect(URI.create("ws://127.0.0.1:" + closedPort + "/ws"), listener));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        assertThat(listener.opened).isNotDone();
        assertThat(listener.closed).isNotDone();
    }

    @Test
    void reportsAnUpgradeAnsweredWith503AsConnect() {
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.connect(server.uri("/busy"), new RecordingListener()));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        assertThat(failure).hasMessageContaining("503");
    }

    @Test
    void reportsAnUpgradeThatIsNeverAnsweredAsTimeoutAfterTheConnectTimeout() throws Exception {
        TestSettings settings = new TestSettings();
        settings.connectTimeout = Duration.ofMillis(300);
        settings.requestTimeout = Duration.ofMinutes(2); // so only the connect timeout can end it within a minute
        try (RawHttpServer silent = RawHttpServer.start();
                WebSocketTransport impatient = new JettyWebSocketTransportProvider().create(settings.build())) {
            silent.reply(RawHttpServer.Reply.SILENT);
            URI uri = URI.create(silent.url("/ws").replace("http://", "ws://"));
            long start = System.nanoTime();

            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> impatient.connect(uri, new RecordingListener()));

            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(elapsedMillis).isBetween(250L, 60_000L);
        }
    }

    @Test
    void connectingThroughAClosedTransportIsRejected() {
        transport.close();

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.connect(server.uri("/ws"), new RecordingListener()));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
    }

    @Test
    void closingTheTransportClosesItsConnectionsAndLeavesNoNonDaemonThread() throws Exception {
        warmUpTheServer(); // the server starts threads of its own on first use; they are not ours to judge
        Set<Thread> before = Thread.getAllStackTraces().keySet();
        WebSocketTransport own = new JettyWebSocketTransportProvider().create(TransportSettings.defaults());
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        WebSocketConnection one = own.connect(server.uri("/ws"), first);
        WebSocketConnection two = own.connect(server.uri("/ws"), second);
        one.sendText("warm up");
        first.nextText();
        List<Thread> added = Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> !before.contains(thread)).toList();

        own.close();

        assertThat(first.awaitClose().code()).isEqualTo(1001);
        assertThat(second.awaitClose().code()).isEqualTo(1001);
        assertThat(List.of(server.closeCodes.poll(30, TimeUnit.SECONDS), server.closeCodes.poll(30, TimeUnit.SECONDS)))
                .containsOnly(1001);
        assertThat(one.isOpen()).isFalse();
        assertThat(two.isOpen()).isFalse();
        assertThat(added).allSatisfy(thread -> assertThat(thread.isDaemon()).as(thread.getName()).isTrue());
        List<Thread> transportThreads = added.stream().filter(thread -> thread.getName().startsWith("bitget4j-ws-")).toList();
        assertThat(transportThreads).isNotEmpty();
        for (Thread thread : transportThreads) {
            thread.join(2_000);
        }
        assertThat(transportThreads).noneMatch(Thread::isAlive);
    }

    private void warmUpTheServer() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);
        connection.sendText("warm up");
        listener.nextText();
        connection.close(1000, "warmed up");
        listener.awaitClose();
        server.closeCodes.clear();
    }
}
