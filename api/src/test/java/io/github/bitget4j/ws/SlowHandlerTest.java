package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketApiClient;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.testkit.TestCredentials;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Issue 10, case 4: a subscription handler that does not return must hold up neither replies nor liveness. */
class SlowHandlerTest extends WsTestkitFixture {

    private static final Duration ORDER_TIMEOUT = Duration.ofSeconds(10);

    @Test
    @Timeout(120)
    void wsOrdersAreAnsweredWhileAHandlerOnTheSamePrivateSocketIsStuck() throws Exception {
        TestCredentials key = server.createHmacKey();
        var entered = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var results = new ArrayList<Object>();
        try (var ws = new WebsocketClientV3(optionsFor(key).build());
             var api = new WebsocketApiClient(ws)) {
            ws.subscribe(WsTopicV3.privateTopic("order"), update -> {
                entered.countDown();
                awaitQuietly(release, 60); // stuck until the orders below are done
            });
            try {
                results.add(api.submitNewOrder(WsApiTest.restingBuy("0.01"), ORDER_TIMEOUT)); // its push blocks the handler
                assertThat(entered.await(30, TimeUnit.SECONDS)).as("the handler got the first order's push").isTrue();
                for (int i = 0; i < 5; i++) {
                    try {
                        results.add(api.submitNewOrder(WsApiTest.restingBuy("0.01"), ORDER_TIMEOUT));
                    } catch (RuntimeException e) {
                        results.add(e);
                    }
                }
            } finally {
                release.countDown();
            }
        }
        long answered = results.stream().filter(OrderIds.class::isInstance).count();
        System.out.printf("SlowHandlerTest: %d of %d WS orders answered while a handler was stuck; others: %s%n",
                answered, results.size(), results.stream().filter(r -> !(r instanceof OrderIds)).toList());
        assertThat(results).allSatisfy(r -> assertThat(r).isInstanceOf(OrderIds.class));
        assertThat(server.openOrders(key.apiKey())).hasSize(6);
    }

    @Test
    @Timeout(120)
    void aHandlerSlowerThanThePongTimeoutOnABusyChannelCausesNoReconnect() throws Exception {
        var entered = new CountDownLatch(1);
        var handled = new AtomicInteger();
        var listener = new RecordingListener();
        WsTopicV3 ticker = WsTopicV3.of("spot", "ticker", "BTCUSDT");
        try (var ws = new WebsocketClientV3(publicOptions().wsPongTimeout(Duration.ofSeconds(2)).build(), listener)) {
            ws.subscribe(ticker, update -> {
                if (handled.incrementAndGet() == 1) {
                    entered.countDown();
                    sleepQuietly(Duration.ofSeconds(5)); // far past ping interval + pong timeout
                }
            });
            int pushed = 0;
            while (entered.getCount() > 0) {
                pushed += server.pushTicker("BTCUSDT");
                entered.await(20, TimeUnit.MILLISECONDS);
            }
            for (int i = 0; i < 100; i++) { // a busy channel while the handler is stuck
                pushed += server.pushTicker("BTCUSDT");
                Thread.sleep(20);
            }
            int expected = pushed;
            await("every ticker handled", Duration.ofSeconds(60), () -> handled.get() >= expected);
            System.out.printf("SlowHandlerTest: %d tickers handled of %d pushed; %d connections, %d reconnects%n",
                    handled.get(), pushed, connections("/v3/ws/public").size(), listener.count("reconnecting"));
            assertThat(connections("/v3/ws/public")).as("connections of the public socket").hasSize(1);
            assertThat(listener.count("reconnecting")).isZero();
            assertThat(handled.get()).as("the subscription snapshot and every push").isGreaterThanOrEqualTo(pushed);
        }
    }

    private static void awaitQuietly(CountDownLatch latch, int seconds) {
        try {
            latch.await(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
