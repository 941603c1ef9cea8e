package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetInterruptedException;
import io.github.bitget4j.internal.TransportFactory;
import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.testkit.TestCredentials;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** One client shared by thousands of virtual threads; interrupts; what close() releases and what it leaves alone. */
class ConcurrencyTest extends TestkitFixture {

    private static final String ASSETS = "/api/v2/spot/account/assets";
    private static final String SERVER_TIME = "/api/v2/public/time";

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS)
    void tenThousandConcurrentBlockingCallsOnVirtualThreadsThroughOneClientAllSucceed() throws InterruptedException {
        int calls = 10_000;
        int publicEvery = 10; // one call in ten is the unsigned server time, the rest a signed balance query
        TestCredentials key = server.createHmacKey();
        var successes = new AtomicInteger();
        var failures = new ConcurrentLinkedQueue<Throwable>();
        var start = new CountDownLatch(1);
        long wallNanos;
        // the transport's concurrency is under test, not Bitget's limits (10/s here would take 1,000 s)
        try (RestClientV2 client = new RestClientV2(optionsFor(key).rateLimiting(false).build());
             var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < calls; i++) {
                boolean isPublic = i % publicEvery == 0;
                threads.submit(() -> {
                    start.await();
                    try {
                        boolean ok = isPublic
                                ? client.getServerTime().data().serverTime() > 0
                                : client.getSpotAccountAssets().data().size() == 3;
                        if (ok) {
                            successes.incrementAndGet();
                        } else {
                            failures.add(new AssertionError("unexpected data"));
                        }
                    } catch (RuntimeException e) {
                        failures.add(e);
                    }
                    return null;
                });
            }
            long begin = System.nanoTime();
            start.countDown();
            threads.shutdown();
            assertThat(threads.awaitTermination(50, TimeUnit.SECONDS)).as("all calls done in time").isTrue();
            wallNanos = System.nanoTime() - begin;
        }
        System.out.printf("ConcurrencyTest: %,d concurrent calls through one client (64 connections) in %,d ms%n",
                calls, wallNanos / 1_000_000);

        assertThat(failures.size()).as("failures; the first: %s", failures.peek()).isZero();
        assertThat(successes).hasValue(calls);
        assertThat(server.requests(ASSETS)).as("each signed call sent exactly once").hasSize(calls - calls / publicEvery);
        assertThat(server.requests(SERVER_TIME)).hasSize(calls / publicEvery);
    }

    @Test
    void anInterruptedCallEndsBeforeTheServerAnswersWithTheFlagSetAndTheClientKeepsWorking() throws InterruptedException {
        // The server holds the call for 60 s and the request timeout is 2 min: only the interrupt can end it sooner.
        server.faults().latency(SERVER_TIME, Duration.ofSeconds(60));
        try (var client = new RestClientV2(publicOptions().requestTimeout(Duration.ofMinutes(2)).build())) {
            var failure = new AtomicReference<Throwable>();
            var flagSetAfterwards = new AtomicBoolean();
            Thread caller = Thread.ofVirtual().start(() -> {
                try {
                    client.getServerTime();
                } catch (RuntimeException e) {
                    failure.set(e);
                }
                flagSetAfterwards.set(Thread.currentThread().isInterrupted());
            });
            awaitRecorded(SERVER_TIME, 1); // the call is in flight: the server holds it

            caller.interrupt();
            assertThat(caller.join(Duration.ofSeconds(30))).as("returned before the server's 60 s answer").isTrue();

            assertThat(failure.get()).isInstanceOf(BitgetInterruptedException.class);
            assertThat(flagSetAfterwards).isTrue();

            server.faults().clear();
            long serverTime = client.fetchServerTime();
            assertThat(serverTime).isCloseTo(System.currentTimeMillis(), within(60_000L));
        }
    }

    @Test
    void aClosedClientRefusesCallsSayingItIsClosedAndSendsNothing() {
        var client = new RestClientV2(publicOptions().build());
        client.getServerTime();
        client.close();
        server.clearRequests();

        Throwable thrown = failureOf(BitgetClientException.class, client::getServerTime);

        assertThat(thrown).isNotInstanceOf(BitgetConnectionException.class).hasMessageContaining("closed");
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void closingAClientTwiceIsHarmless() {
        var client = new RestClientV2(optionsFor(server.createHmacKey()).build());
        client.getSpotAccountAssets();
        client.close();

        assertThatCode(client::close).doesNotThrowAnyException();
        assertThat(failureOf(BitgetClientException.class, client::getSpotAccountAssets)).hasMessageContaining("closed");
    }

    @Test
    void aTransportPassedInOptionsStaysOpenWhenTheClientCloses() {
        ClientOptions plain = publicOptions().build();
        try (HttpTransport transport = TransportFactory.create(plain)) {
            var client = new RestClientV2(plain.toBuilder().httpTransport(transport).build());
            client.getServerTime();
            client.close();

            HttpResponse direct = transport.send(new HttpRequest("GET", server.baseUrl() + SERVER_TIME, Map.of(),
                    new byte[0]));
            assertThat(direct.status()).isEqualTo(200);
            try (var another = new RestClientV2(plain.toBuilder().httpTransport(transport).build())) {
                assertThat(another.fetchServerTime()).isPositive();
            }
            assertThat(server.requests(SERVER_TIME)).hasSize(3);
        }
    }

    /** Waits (at most 30 s, generous for a busy machine) until the server has received {@code count} requests to the path. */
    private static void awaitRecorded(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (server.requests(path).size() < count) {
            assertThat(System.nanoTime()).as("server received the request in time").isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
