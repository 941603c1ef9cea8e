package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** When no response can be had, the caller learns why through the exception's kind. */
class FailureTest {

    private RawHttpServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = RawHttpServer.start();
    }

    @AfterEach
    void stopServer() throws Exception {
        server.close();
    }

    @Test
    void reportsARefusedConnectionAsConnect() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        try (HttpTransport transport = new TestSettings().newTransport()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(TestSettings.get("http://127.0.0.1:" + closedPort + "/x")));

            assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        }
    }

    @Test
    void reportsAConnectionThatIsNeverAcceptedAsTimeoutAfterTheConnectTimeout() throws Exception {
        TestSettings settings = new TestSettings();
        settings.connectTimeout = Duration.ofMillis(300);
        settings.requestTimeout = Duration.ofMinutes(2); // so only the connect timeout can end the call within a minute
        try (ServerSocket neverAccepting = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                HttpTransport transport = settings.newTransport()) {
            // Fill the listen backlog; once full, Linux drops further SYNs and a connect hangs.
            List<Socket> fillers = new ArrayList<>();
            boolean backlogFull = false;
            for (int i = 0; i < 8 && !backlogFull; i++) {
                Socket filler = new Socket();
                fillers.add(filler);
                try {
                    filler.connect(neverAccepting.getLocalSocketAddress(), 100);
                } catch (SocketTimeoutException e) {
                    backlogFull = true;
                }
            }
            assumeTrue(backlogFull, "this OS does not let a full backlog stall connects");
            long start = System.nanoTime();
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(TestSettings.get("http://127.0.0.1:" + neverAccepting.getLocalPort() + "/x")));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            fillers.forEach(RawHttp::closeQuietly);

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(elapsedMillis).isBetween(250L, 60_000L);
        }
    }

    @Test
    void reportsAServerThatNeverAnswersAsTimeoutAfterTheRequestTimeout() throws Exception {
        server.reply(RawHttpServer.Reply.SILENT);
        TestSettings settings = new TestSettings();
        settings.requestTimeout = Duration.ofMillis(300);
        settings.connectTimeout = Duration.ofMinutes(2); // so only the request timeout can end the call within a minute
        try (HttpTransport transport = settings.newTransport()) {
            long start = System.nanoTime();
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(TestSettings.get(server.url("/slow"))));
            long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

            assertThat(failure.kind()).isEqualTo(Kind.TIMEOUT);
            assertThat(elapsedMillis).isBetween(250L, 60_000L);
        }
    }

    @Test
    void reportsAConnectionTheServerDropsWithoutAnsweringAsIoAndDoesNotResend() throws Exception {
        server.reply(RawHttpServer.Reply.DROP);
        try (HttpTransport transport = new TestSettings().newTransport()) {
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(TestSettings.get(server.url("/drop"))));

            assertThat(failure.kind()).isEqualTo(Kind.IO);
        }
        server.next();
        assertThat(server.pending()).as("requests received after the first").isZero();
    }

    @Test
    void refusesAResponseAboveTheBufferLimitWithoutWaitingForIt() throws Exception {
        server.reply(RawHttpServer.Reply.HUGE);
        try (HttpTransport transport = new TestSettings().newTransport()) {
            // The server sends the head and never the 100 MB body: waiting for it would end in a TIMEOUT, not IO.
            TransportException failure = catchThrowableOfType(TransportException.class,
                    () -> transport.send(TestSettings.get(server.url("/huge"))));

            assertThat(failure.kind()).isEqualTo(Kind.IO);
            assertThat(failure).hasMessageContaining(String.valueOf(JettyHttpTransport.MAX_RESPONSE_BYTES));
        }
    }

    @Test
    void rejectsARequestWhenTheQueueForTheHostIsFull() throws Exception {
        server.reply(RawHttpServer.Reply.SILENT);
        TestSettings settings = new TestSettings();
        settings.maxConnectionsPerHost = 1;
        settings.maxQueuedRequestsPerHost = 1;
        settings.requestTimeout = Duration.ofMinutes(2); // a timeout must not end any of them first
        HttpTransport transport = settings.newTransport();
        try {
            CompletableFuture<HttpResponse> onTheConnection = sendAsync(transport, "/1");
            server.next(); // the first request holds the only connection; the queue is empty again
            CompletableFuture<HttpResponse> second = sendAsync(transport, "/2");
            CompletableFuture<HttpResponse> third = sendAsync(transport, "/3");

            CompletableFuture.anyOf(second, third).handle((result, failure) -> null).get(30, TimeUnit.SECONDS);
            Throwable rejected = (second.isDone() ? second : third).handle((result, failure) -> failure).join();

            assertThat(rejected).isInstanceOfSatisfying(TransportException.class,
                    e -> assertThat(e.kind()).isEqualTo(Kind.REJECTED));
            assertThat(onTheConnection).isNotDone();
        } finally {
            transport.close();
        }
    }

    @Test
    void rejectsSendingAfterClose() {
        HttpTransport transport = new TestSettings().newTransport();
        transport.close();

        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> transport.send(TestSettings.get(server.url("/late"))));

        assertThat(failure.kind()).isEqualTo(Kind.REJECTED);
        assertThat(server.pending()).isZero();
    }

    @Test
    void closesTwiceWithoutComplaint() {
        HttpTransport transport = new TestSettings().newTransport();
        transport.close();

        assertThatCode(transport::close).doesNotThrowAnyException();
    }

    @Test
    void closingTellsARequestTheServerReceivedFromOneStillQueued() throws Exception {
        server.reply(RawHttpServer.Reply.SILENT);
        var settings = new TestSettings();
        settings.maxConnectionsPerHost = 1;
        HttpTransport transport = settings.newTransport();
        CompletableFuture<HttpResponse> onTheWire = sendAsync(transport, "/on-the-wire");
        server.next(); // the server has it; the one connection is now busy
        CompletableFuture<HttpResponse> queued = sendAsync(transport, "/queued");

        transport.close();

        assertThat(onTheWire.handle((result, e) -> e).get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(
                TransportException.class, e -> assertThat(e.mayHaveReachedServer()).isTrue());
        assertThat(queued.handle((result, e) -> e).get(10, TimeUnit.SECONDS)).isInstanceOfSatisfying(
                TransportException.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.REJECTED);
                    assertThat(e.mayHaveReachedServer()).isFalse();
                });
        assertThat(server.pending()).as("requests the server got besides the first").isZero();
    }

    private CompletableFuture<HttpResponse> sendAsync(HttpTransport transport, String path) {
        CompletableFuture<HttpResponse> result = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                result.complete(transport.send(TestSettings.get(server.url(path))));
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result;
    }
}
