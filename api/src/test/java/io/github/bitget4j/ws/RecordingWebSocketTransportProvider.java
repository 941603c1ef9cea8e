package io.github.bitget4j.ws;

import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.spi.WebSocketTransportProvider;
import java.net.URI;
import java.util.List;
import java.util.Queue;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A test-only WebSocket transport plugin ("recording", chosen only by name): the Jetty transport, plus a record
 * of every text frame the client writes, so tests can count frames on the wire.
 */
public final class RecordingWebSocketTransportProvider implements WebSocketTransportProvider {

    /** Frames written, as "path text". */
    static final Queue<String> SENT = new ConcurrentLinkedQueue<>();

    static List<String> sentOn(String path) {
        return SENT.stream().filter(s -> s.startsWith(path + " ")).map(s -> s.substring(path.length() + 1)).toList();
    }

    @Override
    public String name() {
        return "recording";
    }

    @Override
    public int priority() {
        return -1000;
    }

    @Override
    public WebSocketTransport create(TransportSettings settings) {
        WebSocketTransport jetty = ServiceLoader.load(WebSocketTransportProvider.class).stream()
                .map(ServiceLoader.Provider::get).filter(p -> p.name().equals("jetty")).findFirst().orElseThrow()
                .create(settings);
        return new WebSocketTransport() {
            @Override
            public WebSocketConnection connect(URI uri, WebSocketListener listener) {
                WebSocketConnection connection = jetty.connect(uri, listener);
                return new WebSocketConnection() {
                    @Override
                    public void sendText(String text) {
                        connection.sendText(text);
                        SENT.add(uri.getPath() + " " + text);
                    }

                    @Override
                    public void close(int code, String reason) {
                        connection.close(code, reason);
                    }

                    @Override
                    public void abort() {
                        connection.abort();
                    }

                    @Override
                    public boolean isOpen() {
                        return connection.isOpen();
                    }
                };
            }

            @Override
            public void close() {
                jetty.close();
            }
        };
    }
}
