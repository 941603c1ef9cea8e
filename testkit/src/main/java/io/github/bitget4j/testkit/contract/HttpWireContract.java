package io.github.bitget4j.testkit.contract;

import static io.github.bitget4j.testkit.contract.internal.HandlerServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.testkit.contract.internal.HandlerServer;
import io.github.bitget4j.testkit.contract.internal.RawHttp;
import io.github.bitget4j.testkit.contract.internal.RawHttpServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Part of {@link HttpTransportContract}: what the server receives is what the caller signed (request line, header
 * order, case and values, body, byte for byte), and every response comes back whole and as sent, whatever its
 * status. Extend {@link HttpTransportContract}, not this class.
 */
public abstract class HttpWireContract extends HttpTransportContractSupport {

    /** For subclasses: one per implementation under test. */
    protected HttpWireContract() {
    }

    private static final byte[] LARGE_BODY = new byte[5 * 1024 * 1024];
    private static final AtomicInteger UNAUTHORIZED_HITS = new AtomicInteger();
    private static HandlerServer responses;

    @BeforeAll
    static void startResponseServer() throws Exception {
        new Random(42).nextBytes(LARGE_BODY);
        responses = HandlerServer.start((request, response) -> switch (Request.getPathInContext(request)) {
            case "/bad-request" -> {
                response.setStatus(400);
                response.getHeaders().put("Content-Type", "application/json");
                response.getHeaders().put("X-Mbx-Trace", "t-1");
                response.getHeaders().add("X-Multi", "one");
                response.getHeaders().add("X-Multi", "two");
                yield utf8("{\"code\":\"40009\",\"msg\":\"sign signature error\",\"data\":null}");
            }
            case "/server-error" -> {
                response.setStatus(503);
                yield new byte[0];
            }
            case "/redirect" -> {
                response.setStatus(302);
                response.getHeaders().put("Location", "/elsewhere");
                yield utf8("moved");
            }
            case "/unauthorized" -> {
                UNAUTHORIZED_HITS.incrementAndGet();
                response.setStatus(401);
                response.getHeaders().put("WWW-Authenticate", "Basic realm=\"bitget\"");
                yield utf8("{\"code\":\"40037\"}");
            }
            case "/large" -> LARGE_BODY;
            case "/gzip" -> {
                String acceptEncoding = request.getHeaders().get(HttpHeader.ACCEPT_ENCODING);
                if (acceptEncoding == null || !acceptEncoding.contains("gzip")) {
                    yield utf8("{\"code\":\"00000\",\"data\":\"compressed\"}"); // never gzip unasked
                }
                response.getHeaders().put("Content-Encoding", "gzip");
                yield gzip(utf8("{\"code\":\"00000\",\"data\":\"compressed\"}"));
            }
            default -> {
                response.setStatus(404);
                yield new byte[0];
            }
        });
    }

    @AfterAll
    static void stopResponseServer() {
        responses.close();
    }

    @Test
    void sendsTheSignedQueryStringByteForByte() throws Exception {
        String query = "a=%20%21%27%28%29%2A%7E%2F%2C%2B%3D%26%C3%BC%E2%82%AC%F0%9F%98%80&b=x";

        HttpResponse response = transport.send(get(server.url("/api/v2/spot/market/tickers?" + query)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(server.next().requestLine().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo(("GET /api/v2/spot/market/tickers?" + query + " HTTP/1.1").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void sendsQueryCharactersThatEncodersDisagreeOnWithoutReencodingThem() throws Exception {
        // bare sub-delimiters and a lower-case escape: a re-encoding client would turn these into %27, %2a, ...
        String query = "symbol=BTCUSDT&note=!'()*~&x=%2a&empty=&flag";

        transport.send(get(server.url("/p?" + query)));

        assertThat(server.next().requestLine()).isEqualTo("GET /p?" + query + " HTTP/1.1");
    }

    @Test
    void sendsAnEncodedPathUnchanged() throws Exception {
        transport.send(get(server.url("/api/v2/a%2Fb%20c/./d?q=1")));

        assertThat(server.next().requestLine()).isEqualTo("GET /api/v2/a%2Fb%20c/./d?q=1 HTTP/1.1");
    }

    @Test
    void sendsTheGivenHeadersWithTheirCaseAndExactValuesInTheirOrder() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ACCESS-KEY", "bg_key");
        headers.put("ACCESS-SIGN", "c2lnbmF0dXJl+/=");
        headers.put("ACCESS-TIMESTAMP", "1695806875837");
        headers.put("ACCESS-PASSPHRASE", "pass phrase");
        headers.put("locale", "en-US");
        headers.put("paptrading", "1");

        transport.send(new HttpRequest("GET", server.url("/h"), headers, new byte[0]));

        List<String> given = server.next().headerLines().stream()
                .filter(line -> headers.keySet().stream().anyMatch(name -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1)))
                .toList();
        List<String> expected = List.of(
                "ACCESS-KEY: bg_key",
                "ACCESS-SIGN: c2lnbmF0dXJl+/=",
                "ACCESS-TIMESTAMP: 1695806875837",
                "ACCESS-PASSPHRASE: pass phrase",
                "locale: en-US",
                "paptrading: 1");
        if (preservesHeaderOrder()) {
            assertThat(given).containsExactlyElementsOf(expected);
        } else {
            assertThat(given).containsExactlyInAnyOrderElementsOf(expected);
        }
    }

    @Test
    void refusesAHeaderValueThatCannotGoOnTheWireUnchangedWithoutSendingAnythingOrQuotingIt() throws Exception {
        for (String value : List.of("sig\r\nX-Injected: 1", "pass\u20ACphrase", "nul\u0000")) {
            TransportException failure = catchThrowableOfType(TransportException.class, () -> transport.send(
                    new HttpRequest("GET", server.url("/h"), Map.of("ACCESS-PASSPHRASE", value), new byte[0])));

            assertThat(failure.kind()).isEqualTo(TransportException.Kind.REJECTED);
            assertThat(failure.mayHaveReachedServer()).isFalse();
            assertThat(failure.getMessage()).contains("ACCESS-PASSPHRASE").doesNotContain(value);
        }
        transport.send(get(server.url("/after")));
        assertThat(server.next().requestLine()).as("the first request the server saw").startsWith("GET /after ");
    }

    @Test
    void refusesAHeaderNameThatIsNotAToken() {
        TransportException failure = catchThrowableOfType(TransportException.class, () -> transport.send(
                new HttpRequest("GET", server.url("/h"), Map.of("Bad Name", "v"), new byte[0])));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.REJECTED);
        assertThat(failure.mayHaveReachedServer()).isFalse();
    }

    @Test
    void sendsTheUserAgentOfTheSettingsOnce() throws Exception {
        transport.send(get(server.url("/ua")));

        assertThat(server.next().headerLines()).filteredOn(line -> line.regionMatches(true, 0, "User-Agent:", 0, 11))
                .containsExactly("User-Agent: " + TransportContractSettings.USER_AGENT);
    }

    @Test
    void sendsTheBodyBytesAndContentTypeUnchanged() throws Exception {
        byte[] body = "{\"symbol\":\"BTCUSDT\",\"note\":\"ü€😀\",\"size\":\"0.001\"}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");

        transport.send(new HttpRequest("POST", server.url("/api/v2/spot/trade/place-order"), headers, body));

        RawHttpServer.Received received = server.next();
        assertThat(received.requestLine()).isEqualTo("POST /api/v2/spot/trade/place-order HTTP/1.1");
        assertThat(received.headerLines()).filteredOn(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                .containsExactly("Content-Type: application/json");
        assertThat(RawHttp.header(received.head(), "Content-Length")).isEqualTo(String.valueOf(body.length));
        assertThat(received.body()).isEqualTo(body);
    }

    @Test
    void sendsALargeBodyWhole() throws Exception {
        byte[] body = new byte[3 * 1024 * 1024];
        new Random(7).nextBytes(body);

        transport.send(new HttpRequest("POST", server.url("/batch"), Map.of("Content-Type", "application/json"), body));

        assertThat(server.next().body()).isEqualTo(body);
    }

    @Test
    void sendsAPostWithoutParametersAsAnEmptyBodyWithoutInventingAContentType() throws Exception {
        transport.send(new HttpRequest("POST", server.url("/api/v2/x"), Map.of(), new byte[0]));

        RawHttpServer.Received received = server.next();
        assertThat(RawHttp.header(received.head(), "Content-Length")).isEqualTo("0");
        assertThat(RawHttp.header(received.head(), "Content-Type")).isNull();
        assertThat(received.body()).isEmpty();
    }

    @Test
    void sendsAGetWithoutBodyHeaders() throws Exception {
        transport.send(get(server.url("/g")));

        RawHttpServer.Received received = server.next();
        assertThat(RawHttp.header(received.head(), "Content-Length")).isNull();
        assertThat(RawHttp.header(received.head(), "Content-Type")).isNull();
    }

    @Test
    void sendsNoCookieThatTheServerSet() throws Exception {
        server.extraResponseHeaders("Set-Cookie: session=abc; Path=/\r\n");

        transport.send(get(server.url("/first")));
        transport.send(get(server.url("/second")));

        server.next();
        assertThat(RawHttp.header(server.next().head(), "Cookie")).isNull();
    }

    @Test
    void reusesOneConnectionForSequentialRequestsWhenKeepAliveIsOn() throws Exception {
        transport.send(get(server.url("/1")));
        transport.send(get(server.url("/2")));

        assertThat(server.next().connection()).isEqualTo(server.next().connection());
    }

    @Test
    void opensANewConnectionForEachRequestWhenKeepAliveIsOffOrRefusesTheSetting() throws Exception {
        TransportContractSettings settings = new TransportContractSettings();
        settings.keepAlive = false;
        if (!supportsKeepAliveOff()) {
            assertThatThrownBy(() -> newTransport(settings).close()).as("never pretend to honour it")
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep-alive");
            return;
        }
        try (HttpTransport noKeepAlive = newTransport(settings)) {
            noKeepAlive.send(get(server.url("/1")));
            noKeepAlive.send(get(server.url("/2")));
        }

        RawHttpServer.Received first = server.next();
        RawHttpServer.Received second = server.next();
        assertThat(RawHttp.header(first.head(), "Connection")).isEqualTo("close");
        assertThat(second.connection()).isNotEqualTo(first.connection());
    }

    @Test
    void returnsStatusHeadersAndBodyOfAnErrorResponseInsteadOfThrowing() {
        HttpResponse response = transport.send(get(responses.url("/bad-request")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.header("x-mbx-trace")).isEqualTo("t-1");
        assertThat(response.headers().get("X-Multi")).containsExactly("one", "two");
        assertThat(new String(response.body(), StandardCharsets.UTF_8))
                .isEqualTo("{\"code\":\"40009\",\"msg\":\"sign signature error\",\"data\":null}");
    }

    @Test
    void returnsAServerErrorWithAnEmptyBody() {
        HttpResponse response = transport.send(get(responses.url("/server-error")));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void returnsARedirectInsteadOfFollowingIt() {
        HttpResponse response = transport.send(get(responses.url("/redirect")));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/elsewhere");
        assertThat(response.body()).isEqualTo(utf8("moved"));
    }

    @Test
    void returnsAnUnauthorizedResponseAfterSendingTheRequestOnce() {
        int before = UNAUTHORIZED_HITS.get();

        HttpResponse response = transport.send(get(responses.url("/unauthorized")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(utf8("{\"code\":\"40037\"}"));
        assertThat(UNAUTHORIZED_HITS.get() - before).isEqualTo(1);
    }

    @Test
    void receivesA5MiBResponseWhole() {
        HttpResponse response = transport.send(get(responses.url("/large")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasSize(LARGE_BODY.length).isEqualTo(LARGE_BODY);
    }

    @Test
    void decodesAGzipResponseWhenItAskedForGzip() {
        HttpResponse response = transport.send(get(responses.url("/gzip")));

        assertThat(response.body()).isEqualTo(utf8("{\"code\":\"00000\",\"data\":\"compressed\"}"));
        assertThat(response.header("Content-Encoding")).as("no longer encoded").isNull();
    }

    private static byte[] gzip(byte[] plain) throws java.io.IOException {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(plain);
        }
        return compressed.toByteArray();
    }
}
