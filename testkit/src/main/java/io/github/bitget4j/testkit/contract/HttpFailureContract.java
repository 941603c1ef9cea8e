package io.github.bitget4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.testkit.contract.internal.RawHttp;
import io.github.bitget4j.testkit.contract.internal.RawHttpServer.Reply;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Part of {@link HttpTransportContract}: when no response can be had, the {@link TransportException} says why
 * ({@link Kind}) and whether the request may have reached the server: never "not sent" for a request that was,
 * and "not sent" for one that was refused, queued or never connected. Covers timeouts (connect; the queue wait vs
 * the response wait), interrupts, closing with calls in flight and the response size cap.
 * Extend {@link HttpTransportContract}, not this class.
 */
public abstract class HttpFailureContract extends HttpWireContract {

    /** For subclasses: one per implementation under test. */
    protected HttpFailureContract() {
    }

    /** A bound for a busy machine: the failure's kind (IO, INTERRUPTED, not TIMEOUT) is what proves promptness. */
    private static final long PROMPT_MILLIS = 60_000;

    @Test
    void reportsARefusedConnectionAsConnectNotSent() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(get("http://127.0.0.1:" + closedPort + "/x")));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        assertThat(failure.mayHaveReachedServer()).isFalse();
    }

    @Test
    void reportsAConnectionThatIsNeverAcceptedAsTimeoutNotSent() throws Exception {
        TransportContractSettings settings = new TransportContractSettings();
        settings.connectTimeout = Duration.ofMillis(300);
        try (ServerSocket neverAccepting = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                HttpTransport impatient = newTransport(settings)) {
            List<Socket> fillers = fillBacklog(neverAccepting);
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> impatient.send(get("http://127.0.0.1:" + neverAccepting.getLocalPort() + "/x")));
            fillers.forEach(RawHttp::closeQuietly);

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(failure.mayHaveReachedServer()).isFalse();
        }
    }

    @Test
    void reportsAServerThatNeverAnswersAsTimeoutThatMayHaveReachedIt() throws Exception {
        server.reply(Reply.SILENT);
        TransportContractSettings settings = new TransportContractSettings();
        settings.requestTimeout = Duration.ofMillis(300);
        try (HttpTransport impatient = newTransport(settings)) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> impatient.send(get(server.url("/slow"))));

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(failure.mayHaveReachedServer()).isTrue();
        }
        server.next();
    }

    @Test
    void aRequestStillWaitingForAConnectionWhenTheRequestTimeoutPassesIsTimeoutNotSent() throws Exception {
        TransportContractSettings settings = new TransportContractSettings();
        settings.connectTimeout = Duration.ofSeconds(30); // the request timeout, not the connect timeout, ends the wait
        settings.requestTimeout = Duration.ofMillis(500);
        try (ServerSocket neverAccepting = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                HttpTransport impatient = newTransport(settings)) {
            List<Socket> fillers = fillBacklog(neverAccepting);
            try {
                TransportException failure = catchThrowableOfType(TransportException.class,
                        () -> impatient.send(get("http://127.0.0.1:" + neverAccepting.getLocalPort() + "/x")));

                assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
                assertThat(failure.mayHaveReachedServer()).as("never had a connection").isFalse();
            } finally {
                fillers.forEach(RawHttp::closeQuietly);
            }
        }
    }

    @Test
    void reportsAConnectionTheServerDropsWithoutAnsweringAsIoThatMayHaveReachedItAndDoesNotResendAPost()
            throws Exception {
        server.reply(Reply.DROP);
        TransportException failure = catchThrowableOfType(TransportException.class, () -> transport.send(
                new HttpRequest("POST", server.url("/api/v2/spot/trade/place-order"), Map.of(), new byte[] {'{', '}'})));

        assertThat(failure.kind()).isEqualTo(Kind.IO);
        assertThat(failure.mayHaveReachedServer()).isTrue();
        server.next();
        transport.close();
        assertThat(server.pending()).as("requests received after the first").isZero();
    }

    @Test
    void refusesAResponseAboveTheSizeCapWithoutWaitingForIt() throws Exception {
        server.reply(Reply.HUGE).hugeLength(maxResponseBytes() + 1L);

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(get(server.url("/huge"))));

        assertThat(failure.kind()).as("IO at the cap, not a TIMEOUT after waiting for the whole body").isEqualTo(Kind.IO);
        assertThat(failure.mayHaveReachedServer()).isTrue();
    }

    @Test
    void rejectsARequestWhenTheQueueForTheHostIsFull() throws Exception {
        server.reply(Reply.SILENT);
        TransportContractSettings settings = new TransportContractSettings();
        settings.maxConnectionsPerHost = 1;
        settings.maxQueuedRequestsPerHost = 1;
        try (HttpTransport small = newTransport(settings)) {
            CompletableFuture<HttpResponse> onTheConnection = sendAsync(small, server.url("/1"));
            server.next(); // the first request holds the only connection; the queue is empty again
            CompletableFuture<HttpResponse> second = sendAsync(small, server.url("/2"));
            CompletableFuture<HttpResponse> third = sendAsync(small, server.url("/3"));

            CompletableFuture.anyOf(second, third).handle((result, failure) -> null).get(5, TimeUnit.SECONDS);
            Throwable rejected = (second.isDone() ? second : third).handle((result, failure) -> failure).join();

            assertThat(rejected).isInstanceOfSatisfying(TransportException.class, e -> {
                assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                assertThat(e.mayHaveReachedServer()).isFalse();
            });
            assertThat(onTheConnection).isNotDone();
        }
    }

    @Test
    void rejectsSendingAfterCloseAsNotSent() {
        transport.close();

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(get(server.url("/late"))));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(failure.mayHaveReachedServer()).isFalse();
        assertThat(server.pending()).isZero();
    }

    @Test
    void closesTwiceWithoutComplaint() {
        transport.close();

        assertThatCode(transport::close).doesNotThrowAnyException();
    }

    @Test
    void closingTellsARequestTheServerReceivedFromOneStillQueued() throws Exception {
        server.reply(Reply.SILENT);
        TransportContractSettings settings = new TransportContractSettings();
        settings.maxConnectionsPerHost = 1;
        HttpTransport oneConnection = newTransport(settings);
        CompletableFuture<HttpResponse> onTheWire = sendAsync(oneConnection, server.url("/on-the-wire"));
        server.next();
        CompletableFuture<HttpResponse> queued = sendAsync(oneConnection, server.url("/queued"));
        Thread.sleep(100); // let the second caller reach the queue; if it has not, it is refused as closed: same fate

        oneConnection.close();

        assertThat(onTheWire.handle((result, e) -> e).get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(
                TransportException.class, e -> assertThat(e.mayHaveReachedServer()).isTrue());
        assertThat(queued.handle((result, e) -> e).get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(
                TransportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                    assertThat(e.mayHaveReachedServer()).isFalse();
                });
        assertThat(server.pending()).as("requests the server got besides the first").isZero();
    }

    @Test
    void interruptingACallerWaitingForTheResponseEndsItPromptlyAsInterruptedThatMayHaveReachedTheServer()
            throws Exception {
        server.reply(Reply.SILENT);
        AtomicReference<TransportException> failure = new AtomicReference<>();
        AtomicBoolean flagAfterwards = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().start(() -> {
            try {
                transport.send(get(server.url("/slow")));
            } catch (TransportException e) {
                failure.set(e);
                flagAfterwards.set(Thread.currentThread().isInterrupted());
            }
        });
        server.next();

        caller.interrupt();

        assertThat(caller.join(Duration.ofMillis(PROMPT_MILLIS))).as("caller returned").isTrue();
        assertThat(failure.get().kind()).isEqualTo(Kind.INTERRUPTED);
        assertThat(failure.get().mayHaveReachedServer()).isTrue();
        assertThat(flagAfterwards).isTrue();
        server.reply(Reply.OK);
        assertThat(transport.send(get(server.url("/after"))).status()).as("still usable").isEqualTo(200);
    }

    @Test
    void aCallerInterruptedBeforeSendingSendsNothing() throws Exception {
        AtomicReference<TransportException> failure = new AtomicReference<>();
        AtomicBoolean flagAfterwards = new AtomicBoolean();
        Thread caller = Thread.ofVirtual().unstarted(() -> {
            Thread.currentThread().interrupt();
            try {
                transport.send(get(server.url("/never")));
            } catch (TransportException e) {
                failure.set(e);
                flagAfterwards.set(Thread.currentThread().isInterrupted());
            }
        });
        caller.start();
        caller.join();
        transport.send(get(server.url("/after")));

        assertThat(failure.get().kind()).isEqualTo(Kind.INTERRUPTED);
        assertThat(failure.get().mayHaveReachedServer()).isFalse();
        assertThat(flagAfterwards).isTrue();
        assertThat(server.next().requestLine()).as("the first request the server saw").startsWith("GET /after ");
    }

    /** Fills the listen backlog; once full, Linux drops further SYNs and a connect hangs. Skips the test elsewhere. */
    private static List<Socket> fillBacklog(ServerSocket neverAccepting) throws Exception {
        List<Socket> fillers = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Socket filler = new Socket();
            fillers.add(filler);
            try {
                filler.connect(neverAccepting.getLocalSocketAddress(), 100);
            } catch (SocketTimeoutException e) {
                return fillers;
            }
        }
        fillers.forEach(RawHttp::closeQuietly);
        assumeTrue(false, "this OS does not let a full backlog stall connects");
        return fillers;
    }
}
