package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.WsMalformedMessageException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class WsRobustnessTest extends WsTestkitFixture {

    @Test
    void aMalformedFrameIsReportedAndTheSocketCarriesOn() {
        var listener = new RecordingListener();
        var tickers = new CopyOnWriteArrayList<WsTicker>();
        try (var ws = new WebsocketClientV2(publicOptions().build(), listener)) {
            ws.subscribe(WsTopicV2.of("SPOT", "ticker", "BTCUSDT"), u -> tickers.addAll(u.tickers()));
            await("the snapshot", Duration.ofSeconds(30), () -> !tickers.isEmpty());
            int opened = connections("/v2/ws/public").size();
            server.wsFaults().malformedJsonNext("/v2/ws/public");
            server.pushTicker("BTCUSDT");
            await("the malformed frame reported", Duration.ofSeconds(30),
                    () -> listener.exceptions.stream().anyMatch(WsMalformedMessageException.class::isInstance));
            int before = tickers.size();
            server.pushTicker("BTCUSDT");
            await("the next ticker", Duration.ofSeconds(30), () -> tickers.size() > before);
            assertThat(connections("/v2/ws/public")).hasSize(opened);
            assertThat(listener.count("reconnecting")).isZero();
        }
    }

    @Test
    void aHandlerThatThrowsIsReportedAndDoesNotHarmTheSocket() {
        var listener = new RecordingListener();
        var calls = new CopyOnWriteArrayList<String>();
        try (var ws = new WebsocketClientV3(publicOptions().build(), listener)) {
            ws.subscribe(WsTopicV3.of("spot", "ticker", "BTCUSDT"), u -> {
                calls.add(u.action());
                throw new IllegalStateException("boom");
            });
            await("the snapshot", Duration.ofSeconds(30), () -> !calls.isEmpty());
            server.pushTicker("BTCUSDT");
            await("the next push", Duration.ofSeconds(30), () -> calls.size() >= 2);
            assertThat(listener.exceptions).anyMatch(e -> String.valueOf(e.getMessage()).contains("boom"));
            assertThat(ws.isConnected(WsKey.V3_PUBLIC)).isTrue();
        }
    }

    @Test
    void closeStopsReconnectingAndLeavesNoThreadBehind() throws Exception {
        Set<String> threadsBefore = platformThreadNames();
        var listener = new RecordingListener();
        var ws = new WebsocketClientV2(publicOptions().build(), listener);
        ws.subscribe(WsTopicV2.of("SPOT", "ticker", "BTCUSDT"));
        // the server registers a socket a moment after the upgrade: drop only once it knows the subscription
        await("the subscription on the server", Duration.ofSeconds(30), () -> server.wsSubscriptions("/v2/ws/public").size() == 1);
        server.wsFaults().refuseNextConnections(1_000_000);
        server.wsFaults().dropConnections("/v2/ws/public");
        await("reconnect attempts", Duration.ofSeconds(30), () -> listener.count("reconnecting") >= 3);
        assertThat(bitget4jThreads()).as("the dump sees the client's virtual threads").isNotEmpty();
        ws.close();
        int attemptsAtClose = connections("/v2/ws/public").size();
        Thread.sleep(300); // several backoff periods (at most 50 ms each)
        assertThat(connections("/v2/ws/public")).hasSize(attemptsAtClose);
        await("the client's threads gone", Duration.ofSeconds(30), () -> bitget4jThreads().isEmpty());
        assertThat(platformThreadNames()).isSubsetOf(threadsBefore);
    }

    private static Set<String> platformThreadNames() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .collect(Collectors.toSet());
    }

    /**
     * Threads, virtual ones included, named by this SDK's WebSocket code, from a JDK thread dump
     * (HotSpotDiagnosticMXBean.dumpThreads, called reflectively: the test module does not read jdk.management).
     */
    private static Set<String> bitget4jThreads() {
        try {
            var file = java.nio.file.Files.createTempFile("threads", ".json");
            java.nio.file.Files.delete(file);
            Class<?> beanType = Class.forName("com.sun.management.HotSpotDiagnosticMXBean");
            @SuppressWarnings({"unchecked", "rawtypes"})
            Class<Enum> formatType = (Class<Enum>) Class.forName("com.sun.management.HotSpotDiagnosticMXBean$ThreadDumpFormat");
            Object bean = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getPlatformMXBean", Class.class).invoke(null, beanType);
            @SuppressWarnings("unchecked")
            Object json = Enum.valueOf(formatType, "JSON");
            beanType.getMethod("dumpThreads", String.class, formatType).invoke(bean, file.toString(), json);
            String dump = java.nio.file.Files.readString(file);
            java.nio.file.Files.delete(file);
            var names = new java.util.HashSet<String>();
            var matcher = java.util.regex.Pattern.compile("\"name\": \"(bitget4j-ws[^\"]*)\"").matcher(dump);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        } catch (ReflectiveOperationException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
