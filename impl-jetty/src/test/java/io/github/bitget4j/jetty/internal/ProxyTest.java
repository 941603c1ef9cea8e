package io.github.bitget4j.jetty.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.ProxySettings;
import io.github.bitget4j.spi.TransportException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Requests go through the configured proxy, with its credentials, and arrive unchanged. */
class ProxyTest {

    private static final String QUERY = "symbol=BTCUSDT&x=%27%2A%20";

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
    void sendsThroughAnHttpProxyWithBasicProxyAuthentication() throws Exception {
        try (TinyHttpProxy proxy = TinyHttpProxy.start()) {
            TestSettings settings = new TestSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.HTTP, "127.0.0.1", proxy.port(), "trader", "s3cret:ü");
            HttpResponse response;
            try (HttpTransport transport = settings.newTransport()) {
                response = transport.send(TestSettings.get(server.url("/api/v2/public/time?" + QUERY)));
            }

            String seenByProxy = proxy.nextHead();
            assertThat(seenByProxy).startsWith("GET " + server.url("/api/v2/public/time?" + QUERY) + " HTTP/1.1\r\n");
            assertThat(RawHttp.header(seenByProxy, "Proxy-Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("trader:s3cret:ü".getBytes(StandardCharsets.UTF_8)));
            RawHttpServer.Received seenByServer = server.next();
            assertThat(seenByServer.requestLine()).isEqualTo("GET /api/v2/public/time?" + QUERY + " HTTP/1.1");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("ok".getBytes(StandardCharsets.US_ASCII));
        }
    }

    @Test
    void offersTheProxyCredentialsOnConnectAndReportsARefusedTunnelAsConnect() throws Exception {
        try (TinyHttpProxy proxy = TinyHttpProxy.start()) {
            TestSettings settings = new TestSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.HTTP, "127.0.0.1", proxy.port(), "trader", "s3cret");
            String target = "127.0.0.1:" + server.url("").substring("http://127.0.0.1:".length());
            TransportException failure;
            try (HttpTransport transport = settings.newTransport()) {
                failure = catchThrowableOfType(TransportException.class,
                        () -> transport.send(TestSettings.get("https://" + target + "/api/v2/public/time")));
            }

            String seenByProxy = proxy.nextHead();
            assertThat(seenByProxy).startsWith("CONNECT " + target + " HTTP/1.1\r\n");
            assertThat(RawHttp.header(seenByProxy, "Proxy-Authorization")).isEqualTo("Basic "
                    + Base64.getEncoder().encodeToString("trader:s3cret".getBytes(StandardCharsets.UTF_8)));
            assertThat(failure.kind()).isEqualTo(TransportException.Kind.CONNECT);
            assertThat(server.pending()).isZero();
        }
    }

    @Test
    void sendsThroughASocks5ProxyWithUsernameAndPassword() throws Exception {
        try (TinySocks5Proxy proxy = TinySocks5Proxy.start("trader", "s3cret")) {
            TestSettings settings = new TestSettings();
            settings.proxy = new ProxySettings(ProxySettings.Type.SOCKS5, "127.0.0.1", proxy.port(), "trader", "s3cret");
            HttpResponse response;
            try (HttpTransport transport = settings.newTransport()) {
                response = transport.send(TestSettings.get(server.url("/api/v2/public/time?" + QUERY)));
            }

            TinySocks5Proxy.Tunnel tunnel = proxy.nextTunnel();
            assertThat(tunnel.username()).isEqualTo("trader");
            assertThat(tunnel.port()).isEqualTo(Integer.parseInt(server.url("").substring("http://127.0.0.1:".length())));
            assertThat(server.next().requestLine()).isEqualTo("GET /api/v2/public/time?" + QUERY + " HTTP/1.1");
            assertThat(response.status()).isEqualTo(200);
        }
    }
}
