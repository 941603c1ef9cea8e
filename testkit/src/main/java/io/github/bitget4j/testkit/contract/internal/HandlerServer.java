package io.github.bitget4j.testkit.contract.internal;

import io.github.bitget4j.testkit.SelfSignedCertificate;
import io.github.bitget4j.testkit.TlsConnectors;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.jspecify.annotations.Nullable;

/**
 * A real Jetty server on 127.0.0.1, plain HTTP/1.1 or TLS (HTTP/2 offered through ALPN or not), with handlers on
 * virtual threads so that they may block.
 */
public final class HandlerServer implements AutoCloseable {

    /** Sets status and headers on the response and returns its body. */
    @FunctionalInterface
    public interface Route {
        byte[] handle(Request request, Response response) throws Exception;
    }

    private final Server server;
    private final ServerConnector connector;
    private final String scheme;

    private HandlerServer(Route route, @Nullable SelfSignedCertificate certificate, boolean offerHttp2,
            int maxConcurrentStreams) {
        server = new Server(new VirtualThreadPool());
        if (certificate == null) {
            connector = new ServerConnector(server);
            connector.setHost("127.0.0.1");
            connector.setPort(0);
            scheme = "http";
        } else {
            connector = TlsConnectors.newConnector(server, certificate, offerHttp2, maxConcurrentStreams);
            scheme = "https";
        }
        server.addConnector(connector);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                byte[] body = route.handle(request, response);
                response.write(true, ByteBuffer.wrap(body), callback);
                return true;
            }
        });
    }

    /** A plain HTTP/1.1 server. */
    public static HandlerServer start(Route route) throws Exception {
        return started(new HandlerServer(route, null, false, 0));
    }

    /** A TLS server with this certificate; {@code offerHttp2} says whether ALPN offers {@code h2}. */
    public static HandlerServer startTls(Route route, SelfSignedCertificate certificate, boolean offerHttp2)
            throws Exception {
        return startTls(route, certificate, offerHttp2, TlsConnectors.MAX_CONCURRENT_STREAMS);
    }

    /** As {@link #startTls(Route, SelfSignedCertificate, boolean)}, taking at most this many HTTP/2 streams at once. */
    public static HandlerServer startTls(Route route, SelfSignedCertificate certificate, boolean offerHttp2,
            int maxConcurrentStreams) throws Exception {
        return started(new HandlerServer(route, certificate, offerHttp2, maxConcurrentStreams));
    }

    private static HandlerServer started(HandlerServer testServer) throws Exception {
        testServer.server.start();
        return testServer;
    }

    /** An absolute URL on this server; {@code pathAndQuery} starts with a slash. */
    public String url(String pathAndQuery) {
        return scheme + "://127.0.0.1:" + connector.getLocalPort() + pathAndQuery;
    }

    public int port() {
        return connector.getLocalPort();
    }

    public static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the test server", e);
        }
    }
}
