package io.github.bitget4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.spi.WebSocketTransportProvider;
import io.github.bitget4j.testkit.contract.internal.RawHttpServer;
import io.github.bitget4j.testkit.contract.internal.RecordingListener;
import io.github.bitget4j.testkit.contract.internal.TinySocks5Proxy;
import io.github.bitget4j.testkit.contract.internal.WebSocketTestServer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WebSocketTransportProvider} must do, as JUnit 5 tests, against a real WebSocket server on
 * 127.0.0.1. Extend it in a test class of your plugin:
 *
 * <pre>{@code
 * class MyWebSocketTransportContractTest extends WebSocketTransportContract {
 *     protected WebSocketTransportProvider provider() { return new MyWebSocketTransportProvider(); }
 * }
 * }</pre>
 *
 * Covers: text frames in both directions and in order, messages split into fragments, messages of megabytes,
 * Bitget's text heartbeat ({@code ping} / {@code pong}) and control pings, close codes both ways, abort, one
 * callback at a time, proxies, and connect failures mapped to the SPI's kinds (none of which sent anything).
 */
public abstract class WebSocketTransportContract {

    /** Messages in the ordering tests. */
    public static final int MESSAGES = 10_000;

    /** The test server, started before each test. */
    protected WebSocketTestServer server;
    /** The transport under test, created before each test. */
    protected WebSocketTransport transport;

    /** For subclasses: one per transport under test. */
    protected WebSocketTransportContract() {
    }

    /** {@return the provider under test, as ServiceLoader would create it} */
    protected abstract WebSocketTransportProvider provider();

    /** {@return the proxy types the transport supports; creating it with another type must fail} */
    protected Set<ProxySettings.Type> supportedProxyTypes() {
        return EnumSet.allOf(ProxySettings.Type.class);
    }

    @BeforeEach
    void startServerAndTransport() throws Exception {
        server = WebSocketTestServer.start();
        transport = provider().create(new TransportContractSettings().build());
    }

    @AfterEach
    void stopServerAndTransport() throws Exception {
        transport.close();
        server.close();
    }

    @Test
    void connectReturnsAnOpenConnectionAfterOnOpenAndEchoesText() throws Exception {
        RecordingListener listener = new RecordingListener();

        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        assertThat(connection.isOpen()).isTrue();
        assertThat(listener.opened).isCompletedWithValue(connection);
        connection.sendText("hello, 世界 🚀");
        assertThat(listener.nextText()).isEqualTo("hello, 世界 🚀");
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

        connection.sendText("burst " + MESSAGES);

        for (int i = 0; i < MESSAGES; i++) {
            assertThat(listener.nextText()).isEqualTo("m" + i);
        }
        assertThat(listener.overlaps).hasValue(0);
    }

    @Test
    void sendsTenThousandMessagesInTheOrderTheyWereSent() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        for (int i = 0; i < MESSAGES; i++) {
            connection.sendText("e" + i);
        }

        for (int i = 0; i < MESSAGES; i++) {
            assertThat(listener.nextText()).isEqualTo("e" + i);
        }
    }

    @Test
    void joinsAFragmentedTextMessageIntoOneCallback() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("fragments 50 ab€");
        connection.sendText("after");

        assertThat(listener.nextText()).isEqualTo("ab€".repeat(50));
        assertThat(listener.nextText()).isEqualTo("after");
    }

    @Test
    void receivesATextMessageOfSeveralMebibytes() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("big 3000000");

        assertThat(listener.nextText()).hasSize(3_000_000).matches("x+");
    }

    @Test
    void sendsAndReceivesBitgetsTextHeartbeat() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("ping");

        assertThat(listener.nextText()).isEqualTo("pong");
    }

    @Test
    void answersAControlPingFromTheServerWithAPong() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);

        connection.sendText("control-ping");

        assertThat(server.pongs.poll(30, TimeUnit.SECONDS)).isEqualTo("are you there");
        connection.sendText("still fine");
        assertThat(listener.nextText()).isEqualTo("still fine");
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
    void closeSendsTheCodeToTheServerAndEndsWithOneOnClose() throws Exception {
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
    void sendingAfterCloseFailsAsRejectedNotSent() throws Exception {
        RecordingListener listener = new RecordingListener();
        WebSocketConnection connection = transport.connect(server.uri("/ws"), listener);
        connection.close(1000, "bye");
        listener.awaitClose();

        TransportException failure = catchThrowableOfType(TransportException.class, () -> connection.sendText("late"));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.mayHaveReachedServer()).isFalse();
    }

    @Test
    void connectsThroughTheSocks5ProxyOfTheSettings() throws Exception {
        assumeTrue(supportedProxyTypes().contains(ProxySettings.Type.SOCKS5));
        try (TinySocks5Proxy proxy = TinySocks5Proxy.start("trader", "s3cret")) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.SOCKS5, "127.0.0.1", proxy.port(), "trader", "s3cret");
            try (WebSocketTransport proxied = provider().create(settings.build())) {
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
    void reportsARefusedConnectionAsConnectNotSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        RecordingListener listener = new RecordingListener();

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.connect(URI.create("ws://127.0.0.1:" + closedPort + "/ws"), listener));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        assertThat(failure.mayHaveReachedServer()).isFalse();
        assertThat(listener.opened).isNotDone();
        assertThat(listener.closed).isNotDone();
    }

    @Test
    void reportsAnUpgradeAnsweredWith503AsConnectNamingTheStatus() {
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.connect(server.uri("/busy"), new RecordingListener()));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        assertThat(failure.mayHaveReachedServer()).isFalse();
        assertThat(failure).hasMessageContaining("503");
    }

    @Test
    void reportsAnUpgradeThatIsNeverAnsweredAsTimeoutAfterTheConnectTimeout() throws Exception {
        TransportContractSettings settings = new TransportContractSettings();
        settings.connectTimeout = Duration.ofMillis(300);
        settings.requestTimeout = Duration.ofMinutes(2); // so only the connect timeout can end it within a minute
        try (RawHttpServer silent = RawHttpServer.start();
                WebSocketTransport impatient = provider().create(settings.build())) {
            silent.reply(RawHttpServer.Reply.SILENT);
            URI uri = URI.create(silent.url("/ws").replace("http://", "ws://"));

            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> impatient.connect(uri, new RecordingListener()));

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
        }
    }

    @Test
    void connectingThroughAClosedTransportIsRejected() {
        transport.close();

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.connect(server.uri("/ws"), new RecordingListener()));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.mayHaveReachedServer()).isFalse();
    }

    @Test
    void closingTheTransportClosesItsConnectionsWithGoingAway() throws Exception {
        RecordingListener first = new RecordingListener();
        RecordingListener second = new RecordingListener();
        WebSocketConnection one = transport.connect(server.uri("/ws"), first);
        WebSocketConnection two = transport.connect(server.uri("/ws"), second);
        one.sendText("warm up");
        first.nextText();

        transport.close();

        assertThat(first.awaitClose().code()).isEqualTo(1001);
        assertThat(second.awaitClose().code()).isEqualTo(1001);
        assertThat(List.of(server.closeCodes.poll(30, TimeUnit.SECONDS), server.closeCodes.poll(30, TimeUnit.SECONDS)))
                .containsOnly(1001);
        assertThat(one.isOpen()).isFalse();
        assertThat(two.isOpen()).isFalse();
    }
}
