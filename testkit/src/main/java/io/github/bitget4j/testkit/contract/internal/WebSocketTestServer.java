package io.github.bitget4j.testkit.contract.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

/**
 * A real Jetty WebSocket server on 127.0.0.1. Path {@code /ws} echoes text, and obeys commands:
 * {@code burst N} sends N numbered messages, {@code big N} one message of N bytes, {@code fragments N WORD} one
 * message of N text frames (a TEXT frame and N - 1 CONTINUATION frames, each carrying WORD), {@code close CODE
 * REASON} closes, {@code ping} answers {@code pong} (Bitget's text heartbeat), {@code control-ping} sends a control
 * ping. Path {@code /busy} answers every upgrade with HTTP 503.
 * Public, as are its endpoint's methods: Jetty's listener API calls endpoints through public lookups.
 */
public final class WebSocketTestServer implements AutoCloseable {

    /** What the server saw of the closes of its sessions: status codes in the order they came. */
    public final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
    /** Payloads of control pongs that clients sent back. */
    public final BlockingQueue<String> pongs = new LinkedBlockingQueue<>();

    private final Server server;
    private final ServerConnector connector;

    private WebSocketTestServer() {
        server = new Server(new VirtualThreadPool());
        connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        WebSocketUpgradeHandler webSockets = WebSocketUpgradeHandler.from(server, container -> {
            container.setMaxTextMessageSize(16 * 1024 * 1024);
            container.addMapping("/ws", (request, response, callback) -> new Endpoint(this));
        });
        webSockets.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                // only reached when no mapping upgraded the request, as on /busy
                Response.writeError(request, response, callback, 503);
                return true;
            }
        });
        server.setHandler(webSockets);
    }

    public static WebSocketTestServer start() throws Exception {
        WebSocketTestServer testServer = new WebSocketTestServer();
        testServer.server.start();
        return testServer;
    }

    public java.net.URI uri(String path) {
        return java.net.URI.create("ws://127.0.0.1:" + connector.getLocalPort() + path);
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the WebSocket test server", e);
        }
    }

    /** One server-side session. */
    public static final class Endpoint implements Session.Listener.AutoDemanding {

        private final WebSocketTestServer owner;
        private volatile Session session;

        Endpoint(WebSocketTestServer owner) {
            this.owner = owner;
        }

        @Override
        public void onWebSocketOpen(Session openedSession) {
            session = openedSession;
        }

        @Override
        public void onWebSocketText(String message) {
            String[] words = message.split(" ", 3);
            switch (words[0]) {
                case "burst" -> {
                    for (int i = 0; i < Integer.parseInt(words[1]); i++) {
                        session.sendText("m" + i, org.eclipse.jetty.websocket.api.Callback.NOOP);
                    }
                }
                case "big" -> session.sendText("x".repeat(Integer.parseInt(words[1])),
                        org.eclipse.jetty.websocket.api.Callback.NOOP);
                case "close" -> session.close(Integer.parseInt(words[1]), words[2],
                        org.eclipse.jetty.websocket.api.Callback.NOOP);
                case "fragments" -> sendFragments(Integer.parseInt(words[1]), words[2]);
                case "ping" -> session.sendText("pong", org.eclipse.jetty.websocket.api.Callback.NOOP);
                case "control-ping" -> session.sendPing(ByteBuffer.wrap("are you there".getBytes(StandardCharsets.UTF_8)),
                        org.eclipse.jetty.websocket.api.Callback.NOOP);
                default -> session.sendText(message, org.eclipse.jetty.websocket.api.Callback.NOOP);
            }
        }

        private void sendFragments(int count, String word) {
            for (int i = 0; i < count; i++) {
                var written = new org.eclipse.jetty.websocket.api.Callback.Completable();
                session.sendPartialText(word, i == count - 1, written);
                written.join(); // the next fragment may only go once this one is out
            }
        }

        @Override
        public void onWebSocketPong(ByteBuffer payload) {
            owner.pongs.add(StandardCharsets.UTF_8.decode(payload).toString());
        }

        @Override
        @SuppressWarnings("removal") // Jetty 12.1 still calls this variant when it is the one overridden; no callback needed
        public void onWebSocketClose(int statusCode, String reason) {
            owner.closeCodes.add(statusCode);
        }
    }
}
