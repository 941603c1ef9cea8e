package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A blocked caller can be interrupted, which is what makes structured cancellation work. */
class InterruptTest {

    private final CountDownLatch slowArrived = new CountDownLatch(1);
    private final CountDownLatch releaseSlow = new CountDownLatch(1);
    private JettyTestServer server;
    private HttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = JettyTestServer.start((request, response) -> {
            if (Request.getPathInContext(request).equals("/slow")) {
                slowArrived.countDown();
                releaseSlow.await(30, TimeUnit.SECONDS);
            }
            return JettyTestServer.utf8("done");
        });
        // No timeout may end the slow call first: only the interrupt can, before the server's 30 s hold ends.
        TestSettings settings = new TestSettings();
        settings.requestTimeout = java.time.Duration.ofMinutes(2);
        transport = settings.newTransport();
    }

    @AfterEach
    void stop() throws Exception {
        releaseSlow.countDown();
        transport.close();
        server.close();
    }

    @Test
    void interruptingABlockedCallerEndsTheCallBeforeTheServerAnswersWithInterruptedAndTheFlagSet() throws Exception {
        AtomicReference<TransportException> failure = new AtomicReference<>();
        AtomicBoolean flagAfterwards = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                transport.send(TestSettings.get(server.url("/slow")));
            } catch (TransportException e) {
                failure.set(e);
                flagAfterwards.set(Thread.currentThread().isInterrupted());
            }
        });
        assertThat(slowArrived.await(30, TimeUnit.SECONDS)).as("request reached the server").isTrue();

        caller.interrupt();
        // The server holds the request for 30 s and the request timeout is 2 min: returning within 20 s can only
        // be the interrupt's doing.
        assertThat(caller.join(java.time.Duration.ofSeconds(20))).as("caller returned").isTrue();

        assertThat(releaseSlow.getCount()).as("the server never answered").isEqualTo(1);
        assertThat(failure.get()).isNotNull();
        assertThat(failure.get().kind()).isEqualTo(Kind.INTERRUPTED);
        assertThat(flagAfterwards).isTrue();
    }

    @Test
    void staysUsableAfterACallerWasInterrupted() throws Exception {
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                transport.send(TestSettings.get(server.url("/slow")));
            } catch (TransportException expected) {
                // interrupted below
            }
        });
        assertThat(slowArrived.await(30, TimeUnit.SECONDS)).isTrue();
        caller.interrupt();
        caller.join();

        assertThat(transport.send(TestSettings.get(server.url("/fast"))).body())
                .isEqualTo(JettyTestServer.utf8("done"));
    }

    @Test
    void aCallerInterruptedBeforeSendingSendsNothing() throws Exception {
        AtomicReference<TransportException> failure = new AtomicReference<>();
        AtomicBoolean flagAfterwards = new AtomicBoolean();
        try (RawHttpServer raw = RawHttpServer.start()) {
            Thread caller = Thread.ofVirtual().unstarted(() -> {
                Thread.currentThread().interrupt();
                try {
                    transport.send(TestSettings.get(raw.url("/never")));
                } catch (TransportException e) {
                    failure.set(e);
                    flagAfterwards.set(Thread.currentThread().isInterrupted());
                }
            });
            caller.start();
            caller.join();
            Thread.sleep(200); // a request sent anyway would have arrived by now

            assertThat(failure.get().kind()).isEqualTo(Kind.INTERRUPTED);
            assertThat(flagAfterwards).isTrue();
            assertThat(raw.pending()).isZero();
        }
    }
}
