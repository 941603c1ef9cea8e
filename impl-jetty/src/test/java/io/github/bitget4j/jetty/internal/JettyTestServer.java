package io.github.bitget4j.jetty.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;

/** A real Jetty server on 127.0.0.1, with handlers on virtual threads so that they may block. */
final class JettyTestServer implements AutoCloseable {

    /** Sets status and headers on the response and returns its body. */
    @FunctionalInterface
    interface Route {
        byte[] handle(Request request, Response response) throws Exception;
    }

    private final Server server;
    private final ServerConnector connector;

    private JettyTestServer(Route route) {
        server = new Server(new VirtualThreadPool());
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
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

    static JettyTestServer start(Route route) throws Exception {
        JettyTestServer testServer = new JettyTestServer(route);
        testServer.server.start();
        return testServer;
    }

    /** An absolute URL on this server; {@code pathAndQuery} starts with a slash. */
    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + connector.getLocalPort() + pathAndQuery;
    }

    int port() {
        return connector.getLocalPort();
    }

    static byte[] utf8(String text) {
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
