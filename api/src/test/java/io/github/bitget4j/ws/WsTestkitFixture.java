package io.github.bitget4j.ws;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import io.github.bitget4j.testkit.WsConnectionRecord;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One testkit server (REST + WebSocket) on 127.0.0.1 per test class, faults cleared before each test. */
abstract class WsTestkitFixture {

    static TestkitServer server;

    @BeforeAll
    static void startServer() {
        server = TestkitServer.start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void clearFaults() {
        server.faults().clear();
        server.wsFaults().clear();
    }

    /**
     * Short heartbeat and backoff so that drops and silences are noticed quickly; the pong timeout stays at the
     * default 3 s, so that a busy machine does not take a slow socket for a dead one.
     */
    static ClientOptions.Builder publicOptions() {
        return ClientOptions.builder().baseUrl(server.baseUrl()).wsUrl(server.wsBaseUrl())
                .wsPingInterval(Duration.ofMillis(200)).wsPongTimeout(Duration.ofSeconds(3))
                .wsReconnectBackoffBase(Duration.ofMillis(10)).wsReconnectBackoffCap(Duration.ofMillis(50))
                .connectTimeout(Duration.ofSeconds(2)).requestTimeout(Duration.ofSeconds(3));
    }

    static ClientOptions.Builder optionsFor(TestCredentials key) {
        return publicOptions().apiKey(key.apiKey()).apiSecret(key.apiSecret()).apiPass(key.apiPass());
    }

    static List<WsConnectionRecord> connections(String path) {
        return server.wsConnections().stream().filter(c -> c.path().equals(path)).toList();
    }

    static long openConnections(String path) {
        return connections(path).stream().filter(c -> !c.refused() && c.closedAt() == null).count();
    }

    static void await(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout + " waiting for " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    /** Records everything a listener is told. */
    static final class RecordingListener implements WsListener {
        final List<WsUpdate> updates = new CopyOnWriteArrayList<>();
        final List<WsResponse> responses = new CopyOnWriteArrayList<>();
        final List<Throwable> exceptions = new CopyOnWriteArrayList<>();
        final List<String> lifecycle = new CopyOnWriteArrayList<>();
        final List<Integer> reconnectedAttempts = new CopyOnWriteArrayList<>();
        final List<Duration> reconnectingDelays = new CopyOnWriteArrayList<>();

        @Override
        public void onOpen(WsKey socket) {
            lifecycle.add("open " + socket);
        }

        @Override
        public void onUpdate(WsUpdate update) {
            updates.add(update);
        }

        @Override
        public void onResponse(WsResponse response) {
            responses.add(response);
        }

        @Override
        public void onAuthenticated(WsKey socket) {
            lifecycle.add("authenticated " + socket);
        }

        @Override
        public void onReconnecting(WsKey socket, int attempt, Duration delay) {
            lifecycle.add("reconnecting " + socket + " " + attempt);
            reconnectingDelays.add(delay);
        }

        @Override
        public void onReconnected(WsKey socket, int attempts) {
            lifecycle.add("reconnected " + socket);
            reconnectedAttempts.add(attempts);
        }

        @Override
        public void onException(WsKey socket, Throwable error) {
            exceptions.add(error);
        }

        @Override
        public void onClose(WsKey socket, int statusCode, String reason) {
            lifecycle.add("close " + socket);
        }

        long count(String prefix) {
            return lifecycle.stream().filter(s -> s.startsWith(prefix)).count();
        }
    }
}
