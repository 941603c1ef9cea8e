package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Connection faults of the WebSocket side, the silence timeout, and the connection records. */
class WsFaultsTest {

    private TestkitServer server;

    @BeforeEach
    void start() {
        server = TestkitServer.builder().wsIdleTimeout(Duration.ofMillis(600)).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void dropConnectionsClosesEveryOpenSocketOnThePathWithoutACloseFrame() throws Exception {
        try (WsTestClient first = WsTestClient.connect(server, "/v2/ws/public");
                WsTestClient second = WsTestClient.connect(server, "/v2/ws/public");
                WsTestClient elsewhere = WsTestClient.connect(server, "/v3/ws/public")) {
            WsTestClient.eventually(() -> assertThat(server.wsConnections()).hasSize(3));

            server.wsFaults().dropConnections("/v2/ws/public");

            assertThat(first.awaitClose().code()).isEqualTo(1006);
            assertThat(second.awaitClose().code()).isEqualTo(1006);
            elsewhere.send("ping");
            assertThat(elsewhere.next()).isEqualTo("pong");
        }
    }

    @Test
    void dropAfterDropsEachNewConnectionThatLongAfterItOpens() throws Exception {
        server.wsFaults().dropAfter("/v3/ws/public", Duration.ofMillis(200));
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/public")) {
            ws.send("ping");
            assertThat(ws.next()).isEqualTo("pong");

            assertThat(ws.awaitClose().code()).isEqualTo(1006);
            // the server's own clock: closed no earlier than 200 ms after it opened (no upper bound: a busy machine is slow)
            WsTestClient.eventually(() -> {
                WsConnectionRecord record = server.wsConnections().getFirst();
                assertThat(record.closedAt()).isNotNull();
                assertThat(Duration.between(record.openedAt(), record.closedAt())).isGreaterThanOrEqualTo(Duration.ofMillis(200));
            });
        }
        server.wsFaults().clear();
        try (WsTestClient ws = WsTestClient.connect(server, "/v3/ws/public")) {
            Thread.sleep(300);
            ws.send("ping");
            assertThat(ws.next()).as("cleared: no longer dropped").isEqualTo("pong");
        }
    }

    @Test
    void stopAnsweringPingsLeavesPingsUnansweredUntilTurnedOff() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v2/ws/public")) {
            server.wsFaults().stopAnsweringPings(true);
            ws.send("ping");
            assertThat(ws.messages.poll(300, TimeUnit.MILLISECONDS)).isNull();

            server.wsFaults().stopAnsweringPings(false);
            ws.send("ping");
            assertThat(ws.next()).isEqualTo("pong");
        }
    }

    @Test
    void refuseNextConnectionsAnswersThatManyUpgradesWith503AndRecordsThem() throws Exception {
        server.wsFaults().refuseNextConnections(2);

        Throwable first = catchThrowable(() -> WsTestClient.connect(server, "/v2/ws/public"));
        Throwable second = catchThrowable(() -> WsTestClient.connect(server, "/v2/ws/private"));
        try (WsTestClient third = WsTestClient.connect(server, "/v2/ws/public")) {
            third.send("ping");
            assertThat(third.next()).isEqualTo("pong");
        }

        assertThat(handshakeStatus(first)).isEqualTo(503);
        assertThat(handshakeStatus(second)).isEqualTo(503);
        assertThat(server.wsConnections()).extracting(WsConnectionRecord::refused).containsExactly(true, true, false);
        assertThat(server.wsConnections()).extracting(WsConnectionRecord::path)
                .containsExactly("/v2/ws/public", "/v2/ws/private", "/v2/ws/public");
    }

    @Test
    void malformedJsonNextReplacesTheNextFrameOnThatPathOnly() throws Exception {
        try (WsTestClient ws = WsTestClient.connect(server, "/v2/ws/public")) {
            server.wsFaults().malformedJsonNext("/v2/ws/public");

            ws.send("{\"op\":\"subscribe\",\"args\":[{\"instType\":\"SPOT\",\"channel\":\"ticker\",\"instId\":\"BTCUSDT\"}]}");

            assertThat(ws.next()).isEqualTo("{\"action\":");
            assertThat(ws.nextJson().get("action").getAsString()).as("the ticker snapshot after the spoiled ack").isEqualTo("snapshot");
        }
    }

    @Test
    void closesASocketThatSendsNothingForTheIdleTimeoutButNotOneThatPings() throws Exception {
        try (WsTestClient silent = WsTestClient.connect(server, "/v2/ws/public");
                WsTestClient pinging = WsTestClient.connect(server, "/v2/ws/public")) {
            for (int i = 0; i < 8; i++) {
                pinging.send("ping");
                Thread.sleep(150);
            }

            assertThat(silent.closed).isCompleted();
            assertThat(silent.awaitClose().code()).isEqualTo(1000);
            assertThat(pinging.closed).isNotDone();
        }
    }

    @Test
    void recordsWhenEachConnectionOpenedAndClosed() throws Exception {
        WsTestClient ws = WsTestClient.connect(server, "/v3/ws/private");
        WsTestClient.eventually(() -> assertThat(server.wsConnections()).singleElement()
                .satisfies(record -> assertThat(record.closedAt()).isNull()));

        ws.close();

        WsTestClient.eventually(() -> assertThat(server.wsConnections()).singleElement().satisfies(record -> {
            assertThat(record.path()).isEqualTo("/v3/ws/private");
            assertThat(record.refused()).isFalse();
            assertThat(record.apiKey()).isNull();
            assertThat(record.closedAt()).isAfterOrEqualTo(record.openedAt());
        }));
    }

    /** The HTTP status of the refused upgrade, from the JDK client's handshake exception in the chain. */
    private static int handshakeStatus(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof WebSocketHandshakeException handshake) {
                return handshake.getResponse().statusCode();
            }
        }
        throw new AssertionError("no handshake failure in " + failure);
    }
}
