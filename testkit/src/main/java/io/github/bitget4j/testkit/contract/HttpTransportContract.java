package io.github.bitget4j.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.testkit.SelfSignedCertificate;
import io.github.bitget4j.testkit.contract.internal.HandlerServer;
import io.github.bitget4j.testkit.contract.internal.RawHttp;
import io.github.bitget4j.testkit.contract.internal.TinyHttpProxy;
import io.github.bitget4j.testkit.contract.internal.TinySocks5Proxy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.Test;

/**
 * What every {@link io.github.bitget4j.spi.HttpTransportProvider} must do, as JUnit 5 tests. Extend it in a test
 * class of your plugin:
 *
 * <pre>{@code
 * class MyHttpTransportContractTest extends HttpTransportContract {
 *     protected HttpTransportProvider provider() { return new MyHttpTransportProvider(); }
 *     protected int maxResponseBytes() { return MyHttpTransport.MAX_RESPONSE_BYTES; }
 * }
 * }</pre>
 *
 * Inherited parts: {@link HttpWireContract} (verbatim URLs, header order and case, bodies, responses as sent) and
 * {@link HttpFailureContract} (failure kinds and request fates, timeouts, interrupts, close, size cap). This class
 * adds proxies, {@value #CALLERS} concurrent virtual-thread callers, and TLS: HTTP/2 through ALPN when offered,
 * HTTP/1.1 otherwise or when forced, trust only through the settings' trust store.
 */
public abstract class HttpTransportContract extends HttpFailureContract {

    /** For subclasses: one per implementation under test. */
    protected HttpTransportContract() {
    }

    /** Virtual threads sending at once in the concurrency test. */
    public static final int CALLERS = 10_000;

    private static final String QUERY = "symbol=BTCUSDT&x=%27%2A%20";

    /**
     * Whether {@link HttpVersion#HTTP_2} makes the transport refuse, before sending, a TLS server that does not offer
     * {@code h2}. A transport whose HTTP/2 setting is only a preference returns false (and says so to its users).
     *
     * @return true when forcing HTTP/2 refuses an HTTP/1.1-only server
     */
    protected boolean refusesHttp11WhenHttp2IsForced() {
        return true;
    }

    @Test
    void sendsThroughAnHttpProxyWithBasicProxyAuthentication() throws Exception {
        assumeTrue(supportedProxyTypes().contains(ProxySettings.Type.HTTP));
        try (TinyHttpProxy proxy = TinyHttpProxy.start()) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.HTTP, "127.0.0.1", proxy.port(), "trader", "s3cret:ü");
            HttpResponse response;
            try (HttpTransport proxied = newTransport(settings)) {
                response = proxied.send(get(server.url("/api/v2/public/time?" + QUERY)));
            }

            String seenByProxy = proxy.nextHead();
            assertThat(seenByProxy).startsWith("GET " + server.url("/api/v2/public/time?" + QUERY) + " HTTP/1.1\r\n");
            assertThat(RawHttp.header(seenByProxy, "Proxy-Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("trader:s3cret:ü".getBytes(StandardCharsets.UTF_8)));
            assertThat(server.next().requestLine()).isEqualTo("GET /api/v2/public/time?" + QUERY + " HTTP/1.1");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void reportsATunnelTheHttpProxyRefusesAsConnectNotSent() throws Exception {
        assumeTrue(supportedProxyTypes().contains(ProxySettings.Type.HTTP));
        try (TinyHttpProxy proxy = TinyHttpProxy.start()) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.HTTP, "127.0.0.1", proxy.port(), "trader", "s3cret");
            String target = "127.0.0.1:" + server.url("").substring("http://127.0.0.1:".length());
            TransportException failure;
            try (HttpTransport proxied = newTransport(settings)) {
                failure = catchThrowableOfType(TransportException.class,
                        () -> proxied.send(get("https://" + target + "/api/v2/public/time")));
            }

            assertThat(proxy.nextHead()).startsWith("CONNECT " + target + " HTTP/1.1\r\n");
            assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
            assertThat(failure.mayHaveReachedServer()).isFalse();
            assertThat(server.pending()).isZero();
        }
    }

    @Test
    void sendsThroughASocks5ProxyWithUsernameAndPasswordOrRefusesItAtCreation() throws Exception {
        try (TinySocks5Proxy proxy = TinySocks5Proxy.start("trader", "s3cret")) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.SOCKS5, "127.0.0.1", proxy.port(), "trader", "s3cret");
            if (!supportedProxyTypes().contains(ProxySettings.Type.SOCKS5)) {
                assertThatThrownBy(() -> newTransport(settings).close()).as("never bypass a proxy silently")
                        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("SOCKS");
                return;
            }
            HttpResponse response;
            try (HttpTransport proxied = newTransport(settings)) {
                response = proxied.send(get(server.url("/api/v2/public/time?" + QUERY)));
            }

            TinySocks5Proxy.Tunnel tunnel = proxy.nextTunnel();
            assertThat(tunnel.username()).isEqualTo("trader");
            assertThat(tunnel.port()).isEqualTo(Integer.parseInt(server.url("").substring("http://127.0.0.1:".length())));
            assertThat(server.next().requestLine()).isEqualTo("GET /api/v2/public/time?" + QUERY + " HTTP/1.1");
            assertThat(response.status()).isEqualTo(200);
        }
    }

    @Test
    void tenThousandVirtualThreadCallersAllGetTheirOwnAnswerOverTheConnectionPoolOnFewPlatformThreads()
            throws Exception {
        Set<SocketAddress> clientConnections = ConcurrentHashMap.newKeySet();
        try (HandlerServer echo = HandlerServer.start((request, response) -> {
            clientConnections.add(request.getConnectionMetaData().getRemoteSocketAddress());
            Thread.sleep(5); // a little latency, so that callers pile up behind the pool
            return HandlerServer.utf8("echo " + Request.extractQueryParameters(request).getValue("i"));
        })) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.requestTimeout = Duration.ofSeconds(60);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            AtomicInteger blocked = new AtomicInteger();
            AtomicInteger mostBlocked = new AtomicInteger();
            List<Future<HttpResponse>> responses = new ArrayList<>(CALLERS);
            try (HttpTransport pooled = newTransport(settings);
                    ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                pooled.send(get(echo.url("/warm-up?i=-1")));
                threads.resetPeakThreadCount();
                for (int i = 0; i < CALLERS; i++) {
                    String url = echo.url("/work?i=" + i);
                    responses.add(callers.submit(() -> {
                        mostBlocked.accumulateAndGet(blocked.incrementAndGet(), Math::max);
                        try {
                            return pooled.send(get(url));
                        } finally {
                            blocked.decrementAndGet();
                        }
                    }));
                }
                for (Future<HttpResponse> response : responses) {
                    response.get(120, TimeUnit.SECONDS);
                }
            }
            int peakPlatformThreads = threads.getPeakThreadCount();

            for (int i = 0; i < CALLERS; i++) {
                HttpResponse response = responses.get(i).get();
                assertThat(response.status()).isEqualTo(200);
                assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("echo " + i);
            }
            assertThat(clientConnections).hasSizeLessThanOrEqualTo(settings.maxConnectionsPerHost);
            assertThat(mostBlocked.get()).as("callers blocked in send at once").isGreaterThan(1_000);
            assertThat(peakPlatformThreads).as("platform threads in this JVM, test server included").isLessThan(50);
        }
    }

    @Test
    void usesHttp2WhenTheTlsServerOffersItAndSendsTheSameRequest() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        try (HandlerServer tls = HandlerServer.startTls((request, response) -> {
            seen.add(request.getConnectionMetaData().getHttpVersion().asString() + " " + request.getMethod() + " "
                    + request.getHttpURI().getPathQuery() + " sign=" + request.getHeaders().get("ACCESS-SIGN") + " body="
                    + Content.Source.asString(request, StandardCharsets.UTF_8));
            return HandlerServer.utf8("over tls");
        }, certificate, true)) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.trustStore = certificate.trustStore();
            try (HttpTransport h2 = newTransport(settings)) {
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("ACCESS-SIGN", "c2ln+/=");
                headers.put("Content-Type", "application/json");
                HttpResponse response = h2.send(new HttpRequest("POST", tls.url("/api/v2/x?" + QUERY), headers,
                        HandlerServer.utf8("{\"a\":\"ü\"}")));

                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).isEqualTo(HandlerServer.utf8("over tls"));
            }
        }
        assertThat(seen.poll(5, TimeUnit.SECONDS))
                .isEqualTo("HTTP/2.0 POST /api/v2/x?" + QUERY + " sign=c2ln+/= body={\"a\":\"ü\"}");
    }

    @Test
    void fallsBackToHttp11WhenTheTlsServerDoesNotOfferHttp2() throws Exception {
        assertThat(httpVersionSeen(HttpVersion.AUTO, false)).isEqualTo("HTTP/1.1");
    }

    @Test
    void staysOnHttp11WhenForcedEvenIfTheServerOffersHttp2() throws Exception {
        assertThat(httpVersionSeen(HttpVersion.HTTP_1_1, true)).isEqualTo("HTTP/1.1");
    }

    @Test
    void usesHttp2WhenForcedAndOffered() throws Exception {
        assertThat(httpVersionSeen(HttpVersion.HTTP_2, true)).isEqualTo("HTTP/2.0");
    }

    @Test
    void refusesATlsServerWithoutHttp2BeforeSendingWhenHttp2IsForced() throws Exception {
        assumeTrue(refusesHttp11WhenHttp2IsForced(), "this transport's HTTP/2 setting is a preference");
        TransportException failure = catchThrowableOfType(TransportException.class,
                () -> httpVersionSeen(HttpVersion.HTTP_2, false));

        assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
        assertThat(failure.mayHaveReachedServer()).isFalse();
    }

    @Test
    void refusesACertificateItWasNotToldToTrustAsConnectNotSent() throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        AtomicInteger served = new AtomicInteger();
        try (HandlerServer tls = HandlerServer.startTls((request, response) -> {
            served.incrementAndGet();
            return new byte[0];
        }, certificate, true)) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.trustStore = SelfSignedCertificate.generate().trustStore(); // another certificate
            try (HttpTransport distrustful = newTransport(settings)) {
                TransportException failure = catchThrowableOfType(TransportException.class,
                        () -> distrustful.send(get(tls.url("/x"))));

                assertThat(failure.kind()).isEqualTo(Kind.CONNECT);
                assertThat(failure.mayHaveReachedServer()).isFalse();
            }
            try (HttpTransport defaults = newTransport(new TransportContractSettings())) {
                assertThat(catchThrowableOfType(TransportException.class, () -> defaults.send(get(tls.url("/x"))))
                        .kind()).as("the JDK's default trust does not know a self-signed certificate")
                        .isEqualTo(Kind.CONNECT);
            }
        }
        assertThat(served).hasValue(0);
    }

    /**
     * More calls at once than the server's SETTINGS_MAX_CONCURRENT_STREAMS: the transport queues them or opens more
     * connections, but never fails one for it (a client that opens the stream anyway is refused, which must then be
     * reported as not sent). The connection is up, with the server's SETTINGS known, before the burst.
     */
    @Test
    void queuesCallsBeyondTheServersHttp2StreamLimitInsteadOfFailingThem() throws Exception {
        int serverStreams = 4;
        int calls = 40;
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        Set<String> versions = ConcurrentHashMap.newKeySet();
        AtomicInteger served = new AtomicInteger();
        try (HandlerServer tls = HandlerServer.startTls((request, response) -> {
            versions.add(request.getConnectionMetaData().getHttpVersion().asString());
            served.incrementAndGet();
            Thread.sleep(20); // keeps each stream open a while, so that the callers overlap
            return HandlerServer.utf8("ok");
        }, certificate, true, serverStreams)) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.trustStore = certificate.trustStore();
            try (HttpTransport h2 = newTransport(settings);
                    ExecutorService callers = Executors.newVirtualThreadPerTaskExecutor()) {
                assertThat(h2.send(get(tls.url("/first"))).status()).isEqualTo(200);
                List<Future<HttpResponse>> answers = new ArrayList<>();
                for (int i = 0; i < calls; i++) {
                    answers.add(callers.submit(() -> h2.send(get(tls.url("/burst")))));
                }
                for (Future<HttpResponse> answer : answers) {
                    assertThat(answer.get(60, TimeUnit.SECONDS).status()).isEqualTo(200); // a failure throws here
                }
            }
        }
        assertThat(versions).as("HTTP versions the server saw").containsExactly("HTTP/2.0");
        assertThat(served).hasValue(calls + 1);
    }

    /** The HTTP version a TLS server saw for one GET, with the given setting and server offer. */
    private String httpVersionSeen(HttpVersion version, boolean offerHttp2) throws Exception {
        SelfSignedCertificate certificate = SelfSignedCertificate.generate();
        BlockingQueue<String> seen = new LinkedBlockingQueue<>();
        try (HandlerServer tls = HandlerServer.startTls((request, response) -> {
            seen.add(request.getConnectionMetaData().getHttpVersion().asString());
            return new byte[0];
        }, certificate, offerHttp2)) {
            TransportContractSettings settings = new TransportContractSettings();
            settings.trustStore = certificate.trustStore();
            settings.httpVersion = version;
            try (HttpTransport client = newTransport(settings)) {
                assertThat(client.send(get(tls.url("/version"))).status()).isEqualTo(200);
            }
        }
        String version1 = seen.poll(5, TimeUnit.SECONDS);
        assertThat(version1).as("the server saw the request").isNotNull();
        return version1;
    }
}
