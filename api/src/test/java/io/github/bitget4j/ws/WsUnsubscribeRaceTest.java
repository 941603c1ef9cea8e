package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketClientV3;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue 10, case 7: subscribe and unsubscribe racing with a reconnect. Before the fix, an unsubscribe that came
 * while a new connection was resubscribing went to the old connection only, so the topic stayed subscribed on the
 * server (1 in 40 trials). Each trial drops the socket and changes the topics while the client reconnects: either
 * from two other threads, a few ms after the drop, or from the listener's {@code onReconnected} callback, which
 * comes while the new connection is being resubscribed. The server must end up with exactly the client's topics.
 */
class WsUnsubscribeRaceTest extends WsTestkitFixture {

    private static final String PATH = "/v3/ws/public";
    private static final int TRIALS = 60;

    @Test
    void subscribeAndUnsubscribeRacingAReconnectLeaveNoStaleTopicAndLoseNone() throws Exception {
        var stable = WsTopicV3.of("spot", "ticker", "BTCUSDT");
        var a = WsTopicV3.of("spot", "ticker", "ETHUSDT");
        var b = WsTopicV3.of("spot", "publicTrade", "ETHUSDT");
        var onReconnected = new AtomicReference<Runnable>();
        var reconnects = new AtomicInteger();
        WsListener listener = new WsListener() {
            @Override
            public void onReconnected(WsKey socket, int attempts) {
                reconnects.incrementAndGet();
                Runnable action = onReconnected.getAndSet(null);
                if (action != null) {
                    action.run();
                }
            }
        };
        // a generous readiness wait: a subscribe during the reconnect waits for it, on a machine that may be busy
        try (var ws = new WebsocketClientV3(publicOptions().requestTimeout(Duration.ofSeconds(30)).build(), listener)) {
            ws.subscribe(List.of(stable, a));
            awaitServerHas(ws, "the first subscriptions");
            for (int trial = 1; trial <= TRIALS; trial++) {
                // alternate which topic goes and which comes, so every trial both unsubscribes and subscribes
                var leaving = trial % 2 == 1 ? a : b;
                var joining = trial % 2 == 1 ? b : a;
                if (trial % 3 == 0) {
                    var done = new CountDownLatch(1);
                    onReconnected.set(() -> {
                        ws.unsubscribe(leaving);
                        ws.subscribe(joining);
                        done.countDown();
                    });
                    server.wsFaults().dropConnections(PATH);
                    assertThat(done.await(30, java.util.concurrent.TimeUnit.SECONDS)).as("trial %d: changed on reconnect", trial).isTrue();
                } else {
                    changeFromOtherThreads(ws, leaving, joining, trial % 6);
                }
                assertThat(ws.subscriptions()).as("trial %d: the client's topics", trial).containsExactlyInAnyOrder(stable, joining);
                awaitServerHas(ws, "trial " + trial);
            }
            System.out.printf("unsubscribe/subscribe racing a reconnect: %d trials, %d reconnects, server matched the "
                    + "client every time%n", TRIALS, reconnects.get());
        }
    }

    /** Drops the socket, waits {@code pauseMillis}, then unsubscribes and subscribes from two threads at once. */
    private static void changeFromOtherThreads(WebsocketClientV3 ws, WsTopicV3 leaving, WsTopicV3 joining, int pauseMillis)
            throws InterruptedException {
        var go = new CountDownLatch(1);
        Thread unsubscriber = Thread.ofVirtual().start(() -> {
            awaitQuietly(go);
            ws.unsubscribe(leaving);
        });
        Thread subscriber = Thread.ofVirtual().start(() -> {
            awaitQuietly(go);
            ws.subscribe(joining);
        });
        server.wsFaults().dropConnections(PATH);
        Thread.sleep(pauseMillis);
        go.countDown();
        unsubscriber.join();
        subscriber.join();
    }

    /** Waits (30 s at most) until the server's topics on the socket are exactly the client's. */
    private static void awaitServerHas(WebsocketClientV3 ws, String when) {
        Set<String> expected = ws.subscriptions().stream().map(WsTopic::key).collect(Collectors.toSet());
        try {
            await(when + ": server has " + expected, Duration.ofSeconds(30),
                    () -> ws.isConnected(WsKey.V3_PUBLIC) && server.wsSubscriptions(PATH).equals(expected));
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ", but has " + server.wsSubscriptions(PATH), e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
