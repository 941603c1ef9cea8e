package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.WsConnectionRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WsReconnectTest extends WsTestkitFixture {

    @Test
    void aDroppedPublicSocketComesBackWithEverySubscription50TimesInARow() {
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV2(publicOptions().build(), listener)) {
            ws.subscribe(WsSubscriptionTest.fortyTopics());
            await("40 subscriptions", Duration.ofSeconds(30), () -> server.wsSubscriptions("/v2/ws/public").size() == 40);
            Set<String> before = server.wsSubscriptions("/v2/ws/public");
            var millis = new ArrayList<Long>();
            for (int drop = 1; drop <= 50; drop++) {
                int done = drop;
                long start = System.nanoTime();
                server.wsFaults().dropConnections("/v2/ws/public");
                await("reconnect " + drop, Duration.ofSeconds(30), () -> listener.count("reconnected") >= done
                        && server.wsSubscriptions("/v2/ws/public").equals(before));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            report("/v2/ws/public: drop to fully resubscribed", millis);
            assertThat(server.wsSubscriptions("/v2/ws/public")).isEqualTo(before);
            assertThat(ws.subscriptions()).hasSize(40);
            assertThat(listener.reconnectedAttempts).allMatch(attempts -> attempts >= 1);
            assertThat(openConnections("/v2/ws/public")).isEqualTo(1);
        }
    }

    @Test
    void aDroppedPrivateSocketLogsInAgainBeforeResubscribing50TimesInARow() {
        TestCredentials key = server.createHmacKey();
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV3(optionsFor(key).build(), listener)) {
            ws.subscribe(List.of(WsTopicV3.privateTopic("order"), WsTopicV3.privateTopic("fill"),
                    WsTopicV3.privateTopic("account")));
            await("3 private subscriptions", Duration.ofSeconds(30),
                    () -> server.wsSubscriptions("/v3/ws/private").size() == 3);
            Set<String> before = server.wsSubscriptions("/v3/ws/private");
            var millis = new ArrayList<Long>();
            for (int drop = 1; drop <= 50; drop++) {
                int done = drop;
                long start = System.nanoTime();
                server.wsFaults().dropConnections("/v3/ws/private");
                await("reconnect " + drop, Duration.ofSeconds(30), () -> listener.count("reconnected") >= done
                        && server.wsSubscriptions("/v3/ws/private").equals(before));
                millis.add((System.nanoTime() - start) / 1_000_000);
            }
            report("/v3/ws/private: drop to fully resubscribed", millis);
            assertThat(server.wsSubscriptions("/v3/ws/private")).isEqualTo(before);
            // every connection that carried subscriptions had logged in: the server accepts private topics only then
            assertThat(connections("/v3/ws/private")).filteredOn(c -> !c.refused())
                    .allMatch(c -> key.apiKey().equals(c.apiKey()));
            await("51 logins", Duration.ofSeconds(30), () -> listener.count("authenticated") >= 51);
        }
    }

    @Test
    void aLoginRefusedOnReconnectIsReportedAndTheNextAttemptLogsIn() {
        TestCredentials key = server.createHmacKey();
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV2(optionsFor(key).build(), listener)) {
            ws.subscribe(WsTopicV2.allSymbols("SPOT", "orders"));
            await("the subscription on the server", Duration.ofSeconds(30), () -> server.wsSubscriptions("/v2/ws/private").size() == 1);
            server.wsFaults().failNextLogin();
            server.wsFaults().dropConnections("/v2/ws/private");
            await("logged in and resubscribed again", Duration.ofSeconds(30), () -> listener.count("reconnected") >= 1
                    && server.wsSubscriptions("/v2/ws/private").size() == 1);
            assertThat(listener.exceptions).anyMatch(io.github.bitget4j.errors.WsLoginException.class::isInstance);
            assertThat(listener.reconnectedAttempts.get(0)).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void aSocketSilentPastThePongTimeoutIsDroppedAndReplaced() {
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV3(publicOptions().build(), listener)) {
            ws.subscribe(WsTopicV3.of("spot", "ticker", "BTCUSDT"));
            int opened = connections("/v3/ws/public").size();
            server.wsFaults().stopAnsweringPings(true);
            await("the silent socket closed by the client", Duration.ofSeconds(30),
                    () -> connections("/v3/ws/public").stream().anyMatch(c -> c.closedAt() != null));
            server.wsFaults().stopAnsweringPings(false);
            await("a new connection, resubscribed", Duration.ofSeconds(30),
                    () -> connections("/v3/ws/public").size() > opened && ws.isConnected(WsKey.V3_PUBLIC)
                            && server.wsSubscriptions("/v3/ws/public").size() == 1);
            assertThat(listener.exceptions).anyMatch(e -> e.getMessage().contains("silent"));
        }
    }

    @Test
    void backoffDelaysGrowAndStayUnderTheCap() {
        var options = publicOptions().wsReconnectBackoffBase(Duration.ofMillis(20))
                .wsReconnectBackoffCap(Duration.ofMillis(160)).build();
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV2(options, listener)) {
            int from = connections("/v2/ws/public").size();
            server.wsFaults().refuseNextConnections(7);
            ws.connectPublic(); // refused 7 times, then open: the same backoff as after a drop
            // the server records an accepted socket a moment after the upgrade
            await("8 attempts in the server's log", Duration.ofSeconds(30), () -> connections("/v2/ws/public").size() >= from + 8);
            List<WsConnectionRecord> attempts = connections("/v2/ws/public").subList(from, from + 8);
            assertThat(attempts.subList(0, 7)).allMatch(WsConnectionRecord::refused);
            assertThat(attempts.get(7).refused()).isFalse();
            List<Duration> delays = listener.reconnectingDelays;
            assertThat(delays).hasSize(7);
            for (int n = 1; n <= 7; n++) {
                long ceiling = Math.min(160, 20L << (n - 1)); // 20, 40, 80, 160, 160, ...: grows, then capped
                long delay = delays.get(n - 1).toMillis();
                assertThat(delay).as("delay before retry %d of %s", n, delays).isBetween(ceiling / 2, ceiling);
                // the server saw the retry no earlier than the delay (connect overheads, and a busy machine, only add
                // to the gap: so no upper bound here; the cap is proven by the client's delays above)
                long gap = Duration.between(attempts.get(n - 1).openedAt(), attempts.get(n).openedAt()).toMillis();
                assertThat(gap).as("server gap before retry %d", n).isGreaterThanOrEqualTo(delay - 2);
            }
            System.out.printf("backoff (base 20 ms, cap 160 ms): client delays %s, server-side gaps %s%n", delays,
                    java.util.stream.IntStream.range(1, 8).mapToObj(n -> Duration.between(attempts.get(n - 1).openedAt(),
                            attempts.get(n).openedAt()).toMillis() + "ms").toList());
            assertThat(listener.count("reconnecting")).isEqualTo(7);
            assertThat(listener.reconnectedAttempts).containsExactly(7);
        }
    }

    /** Figures for the closing note and anyone tuning reconnects; printed, not asserted. */
    private static void report(String what, List<Long> millis) {
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf("%s, %d drops: median %d ms, p90 %d ms, max %d ms%n", what, sorted.size(),
                sorted.get(sorted.size() / 2), sorted.get(sorted.size() * 9 / 10), sorted.get(sorted.size() - 1));
    }
}
