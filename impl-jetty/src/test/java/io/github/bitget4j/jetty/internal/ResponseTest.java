package io.github.bitget4j.jetty.internal;

import static io.github.bitget4j.jetty.internal.JettyTestServer.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import java.io.ByteArrayOutputStream;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every response comes back whole and as the server sent it, whatever its status. */
class ResponseTest {

    private static final byte[] LARGE_BODY = new byte[5 * 1024 * 1024];
    private static final AtomicInteger UNAUTHORIZED_HITS = new AtomicInteger();
    private static JettyTestServer server;
    private HttpTransport transport;

    @BeforeAll
    static void startServer() throws Exception {
        new Random(42).nextBytes(LARGE_BODY);
        server = JettyTestServer.start((request, response) -> switch (Request.getPathInContext(request)) {
            case "/bad-request" -> {
                response.setStatus(400);
                response.getHeaders().put("Content-Type", "application/json");
                response.getHeaders().put("X-Mbx-Trace", "t-1");
                response.getHeaders().add("X-Multi", "one");
                response.getHeaders().add("X-Multi", "two");
                yield utf8("{\"code\":\"40009\",\"msg\":\"sign signature error\",\"requestTime\":1695806875837,\"data\":null}");
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
                response.getHeaders().put("Content-Encoding", "gzip");
                response.getHeaders().put("X-Client-Accepted", String.valueOf(acceptEncoding));
                yield gzip(utf8("{\"code\":\"00000\",\"data\":\"compressed\"}"));
            }
            default -> {
                response.setStatus(404);
                yield new byte[0];
            }
        });
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void createTransport() {
        transport = new TestSettings().newTransport();
    }

    @AfterEach
    void closeTransport() {
        transport.close();
    }

    @Test
    void returnsStatusHeadersAndBodyOfAnErrorResponseInsteadOfThrowing() {
        HttpResponse response = transport.send(TestSettings.get(server.url("/bad-request")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("content-type")).isEqualTo("application/json");
        assertThat(response.header("x-mbx-trace")).isEqualTo("t-1");
        assertThat(response.headers().get("X-Multi")).containsExactly("one", "two");
        assertThat(new String(response.body(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"code\":\"40009\",\"msg\":\"sign signature error\",\"requestTime\":1695806875837,\"data\":null}");
    }

    @Test
    void returnsAServerErrorWithAnEmptyBody() {
        HttpResponse response = transport.send(TestSettings.get(server.url("/server-error")));

        assertThat(response.status()).isEqualTo(503);
        assertThat(response.body()).isEmpty();
    }

    @Test
    void returnsARedirectInsteadOfFollowingIt() {
        HttpResponse response = transport.send(TestSettings.get(server.url("/redirect")));

        assertThat(response.status()).isEqualTo(302);
        assertThat(response.header("Location")).isEqualTo("/elsewhere");
        assertThat(response.body()).isEqualTo(utf8("moved"));
    }

    @Test
    void returnsAnUnauthorizedResponseAfterSendingTheRequestOnce() {
        int before = UNAUTHORIZED_HITS.get();

        HttpResponse response = transport.send(TestSettings.get(server.url("/unauthorized")));

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).isEqualTo(utf8("{\"code\":\"40037\"}"));
        assertThat(UNAUTHORIZED_HITS.get() - before).isEqualTo(1);
    }

    @Test
    void receivesA5MiBResponseWhole() {
        HttpResponse response = transport.send(TestSettings.get(server.url("/large")));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).hasSize(LARGE_BODY.length).isEqualTo(LARGE_BODY);
    }

    @Test
    void asksForGzipAndDecodesTheCompressedResponse() {
        HttpResponse response = transport.send(TestSettings.get(server.url("/gzip")));

        assertThat(response.header("X-Client-Accepted")).contains("gzip");
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
