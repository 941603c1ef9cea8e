package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.TransportException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What the server receives is what the caller signed: request line, headers and body, byte for byte. */
class VerbatimRequestTest {

    private RawHttpServer server;
    private HttpTransport transport;

    @BeforeEach
    void start() throws Exception {
        server = RawHttpServer.start();
        transport = new TestSettings().newTransport();
    }

    @AfterEach
    void stop() throws Exception {
        transport.close();
        server.close();
    }

    @Test
    void sendsTheSignedQueryStringByteForByte() throws Exception {
        String query = "a=%20%21%27%28%29%2A%7E%2F%2C%2B%3D%26%C3%BC%E2%82%AC%F0%9F%98%80&b=x";

        HttpResponse response = transport.send(TestSettings.get(server.url("/api/v2/spot/market/tickers?" + query)));

        assertThat(response.status()).isEqualTo(200);
        assertThat(server.next().requestLine().getBytes(StandardCharsets.ISO_8859_1))
                .isEqualTo(("GET /api/v2/spot/market/tickers?" + query + " HTTP/1.1").getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void sendsQueryCharactersThatEncodersDisagreeOnWithoutReencodingThem() throws Exception {
        // bare sub-delimiters and a lower-case escape: a re-encoding client would turn these into %27, %2a, ...
        String query = "symbol=BTCUSDT&note=!'()*~&x=%2a&empty=&flag";

        transport.send(TestSettings.get(server.url("/p?" + query)));

        assertThat(server.next().requestLine()).isEqualTo("GET /p?" + query + " HTTP/1.1");
    }

    @Test
    void sendsAnEncodedPathUnchanged() throws Exception {
        transport.send(TestSettings.get(server.url("/api/v2/a%2Fb%20c/./d?q=1")));

        assertThat(server.next().requestLine()).isEqualTo("GET /api/v2/a%2Fb%20c/./d?q=1 HTTP/1.1");
    }

    @Test
    void sendsTheGivenHeadersInTheirOrderWithTheirExactValues() throws Exception {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ACCESS-KEY", "bg_key");
        headers.put("ACCESS-SIGN", "c2lnbmF0dXJl+/=");
        headers.put("ACCESS-TIMESTAMP", "1695806875837");
        headers.put("ACCESS-PASSPHRASE", "pass phrase");
        headers.put("locale", "en-US");
        headers.put("paptrading", "1");

        transport.send(new HttpRequest("GET", server.url("/h"), headers, new byte[0]));

        List<String> lines = server.next().headerLines();
        List<String> given = lines.stream()
                .filter(line -> headers.keySet().stream().anyMatch(name -> line.regionMatches(true, 0, name + ":", 0, name.length() + 1)))
                .toList();
        assertThat(given).containsExactly(
                "ACCESS-KEY: bg_key",
                "ACCESS-SIGN: c2lnbmF0dXJl+/=",
                "ACCESS-TIMESTAMP: 1695806875837",
                "ACCESS-PASSPHRASE: pass phrase",
                "locale: en-US",
                "paptrading: 1");
    }

    @Test
    void refusesAHeaderValueThatCannotGoOnTheWireUnchangedWithoutSendingAnythingOrQuotingIt() throws Exception {
        for (String value : List.of("sig\r\nX-Injected: 1", "pass\u20ACphrase", "nul\u0000")) {
            TransportException failure = catchThrowableOfType(TransportException.class, () -> transport.send(
                    new HttpRequest("GET", server.url("/h"), Map.of("ACCESS-PASSPHRASE", value), new byte[0])));

            assertThat(failure.kind()).isEqualTo(TransportException.Kind.REJECTED);
            assertThat(failure.getMessage()).contains("ACCESS-PASSPHRASE").doesNotContain(value);
        }
        Thread.sleep(100); // a request sent anyway would have arrived by now
        assertThat(server.pending()).isZero();
    }

    @Test
    void refusesAHeaderNameThatIsNotAToken() {
        TransportException failure = catchThrowableOfType(TransportException.class, () -> transport.send(
                new HttpRequest("GET", server.url("/h"), Map.of("Bad Name", "v"), new byte[0])));

        assertThat(failure.kind()).isEqualTo(TransportException.Kind.REJECTED);
    }

    @Test
    void sendsLatin1AndTabCharactersInAHeaderValueAsTheirOwnBytes() throws Exception {
        transport.send(new HttpRequest("GET", server.url("/h"), Map.of("X-Note", "caf\u00E9\tbar"), new byte[0]));

        assertThat(RawHttp.header(server.next().head(), "X-Note")).isEqualTo("caf\u00E9\tbar");
    }

    @Test
    void sendsTheUserAgentOfTheSettingsOnce() throws Exception {
        transport.send(TestSettings.get(server.url("/ua")));

        assertThat(server.next().headerLines()).filteredOn(line -> line.regionMatches(true, 0, "User-Agent:", 0, 11))
                .containsExactly("User-Agent: " + TestSettings.USER_AGENT);
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
    void sendsAPostWithoutParametersAsAnEmptyBodyWithoutInventingAContentType() throws Exception {
        transport.send(new HttpRequest("POST", server.url("/api/v2/x"), Map.of(), new byte[0]));

        RawHttpServer.Received received = server.next();
        assertThat(RawHttp.header(received.head(), "Content-Length")).isEqualTo("0");
        assertThat(RawHttp.header(received.head(), "Content-Type")).isNull();
        assertThat(received.body()).isEmpty();
    }

    @Test
    void sendsAGetWithoutBodyHeaders() throws Exception {
        transport.send(TestSettings.get(server.url("/g")));

        RawHttpServer.Received received = server.next();
        assertThat(RawHttp.header(received.head(), "Content-Length")).isNull();
        assertThat(RawHttp.header(received.head(), "Content-Type")).isNull();
    }

    @Test
    void sendsNoCookieThatTheServerSet() throws Exception {
        server.extraResponseHeaders("Set-Cookie: session=abc; Path=/\r\n");

        transport.send(TestSettings.get(server.url("/first")));
        transport.send(TestSettings.get(server.url("/second")));

        server.next();
        assertThat(RawHttp.header(server.next().head(), "Cookie")).isNull();
    }

    @Test
    void reusesOneConnectionForSequentialRequestsWhenKeepAliveIsOn() throws Exception {
        transport.send(TestSettings.get(server.url("/1")));
        transport.send(TestSettings.get(server.url("/2")));

        assertThat(server.next().connection()).isEqualTo(server.next().connection());
    }

    @Test
    void opensANewConnectionForEachRequestWhenKeepAliveIsOff() throws Exception {
        TestSettings settings = new TestSettings();
        settings.keepAlive = false;
        try (HttpTransport noKeepAlive = settings.newTransport()) {
            noKeepAlive.send(TestSettings.get(server.url("/1")));
            noKeepAlive.send(TestSettings.get(server.url("/2")));
        }

        RawHttpServer.Received first = server.next();
        RawHttpServer.Received second = server.next();
        assertThat(RawHttp.header(first.head(), "Connection")).isEqualTo("close");
        assertThat(second.connection()).isNotEqualTo(first.connection());
    }
}
