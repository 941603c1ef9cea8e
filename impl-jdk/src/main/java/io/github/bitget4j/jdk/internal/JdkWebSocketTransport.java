package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import io.github.bitget4j.spi.WebSocketTransport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/** A {@link WebSocketTransport} on java.net.http's {@link WebSocket}; one HTTP/1.1 client for all its connections. */
final class JdkWebSocketTransport implements WebSocketTransport {

    /** Order book snapshots of busy symbols pass 1 MiB; this bounds memory per message. */
    static final int MAX_TEXT_MESSAGE_CHARS = 64 * 1024 * 1024;

    /** Extra wait past the connect timeout before giving up on the handshake. */
    private static final long BACKSTOP_GRACE_MILLIS = 5_000;

    /** How long {@link #close()} waits for the close handshakes of open connections before dropping them. */
    private static final long CLOSE_HANDSHAKE_MILLIS = 1_000;

    private static final AtomicInteger NUMBERS = new AtomicInteger();

    private final ExecutorService executor;
    private final HttpClient client;
    private final long connectTimeoutMillis;
    private final long sendTimeoutMillis;
    private final Set<JdkWebSocketConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private JdkWebSocketTransport(TransportSettings settings) {
        this.executor = JdkHttpClients.newExecutor("bitget4j-jdk-ws-" + NUMBERS.incrementAndGet() + "-");
        this.client = JdkHttpClients.newClient(settings.withHttpVersion(HttpVersion.HTTP_1_1), executor);
        Duration connect = settings.connectTimeout();
        this.connectTimeoutMillis = JdkHttpClients.isLimit(connect) ? connect.toMillis() : 0;
        this.sendTimeoutMillis = JdkHttpClients.isLimit(settings.requestTimeout()) ? settings.requestTimeout().toMillis() : 0;
    }

    static JdkWebSocketTransport start(TransportSettings settings) {
        return new JdkWebSocketTransport(settings);
    }

    @Override
    public WebSocketConnection connect(URI uri, WebSocketListener listener) {
        String target = "WebSocket " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
        if (closed.get()) {
            throw new TransportException(Kind.REJECTED, target + ": the transport is closed");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, false, target + ": interrupted before connecting", null);
        }
        JdkWebSocketConnection connection = new JdkWebSocketConnection(target, listener, sendTimeoutMillis,
                MAX_TEXT_MESSAGE_CHARS, connections::remove);
        WebSocket.Builder builder = client.newWebSocketBuilder();
        if (connectTimeoutMillis > 0) {
            builder.connectTimeout(Duration.ofMillis(connectTimeoutMillis));
        }
        connections.add(connection);
        CompletableFuture<WebSocket> opened;
        try {
            opened = builder.buildAsync(uri, connection);
        } catch (IllegalArgumentException e) {
            connections.remove(connection);
            throw new TransportException(Kind.REJECTED, target + ": not a ws:// or wss:// URI with a host", e);
        }
        try {
            WebSocket socket = connectTimeoutMillis == 0 ? opened.get()
                    : opened.get(connectTimeoutMillis + BACKSTOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
            connection.opened(socket);
            if (closed.get()) {
                connection.abort();
                throw new TransportException(Kind.REJECTED, target + ": the transport was closed while connecting");
            }
            return connection;
        } catch (InterruptedException e) {
            giveUp(opened, connection);
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, false, target + ": interrupted while connecting", e);
        } catch (TimeoutException e) {
            giveUp(opened, connection);
            throw new TransportException(Kind.TIMEOUT, false, target + ": the WebSocket upgrade did not complete in time", e);
        } catch (ExecutionException e) {
            connections.remove(connection);
            throw toConnectFailure(target, e.getCause());
        }
    }

    private void giveUp(CompletableFuture<WebSocket> opened, JdkWebSocketConnection connection) {
        opened.cancel(true);
        opened.thenAccept(WebSocket::abort); // if it opened after all
        connections.remove(connection);
    }

    /** An upgrade carries no order: whatever failed, nothing of the caller's was sent. */
    private TransportException toConnectFailure(String target, Throwable failure) {
        if (closed.get()) {
            return new TransportException(Kind.REJECTED, false, target + ": the transport was closed while connecting", failure);
        }
        if (failure instanceof WebSocketHandshakeException handshake) {
            return new TransportException(Kind.CONNECT, false, target + ": the server refused the WebSocket upgrade "
                    + "with HTTP " + handshake.getResponse().statusCode(), failure);
        }
        Kind kind = failure instanceof java.net.http.HttpTimeoutException ? Kind.TIMEOUT : Kind.CONNECT;
        return new TransportException(kind, false, target + ": could not open the WebSocket (" + failure + ")", failure);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<JdkWebSocketConnection> open = List.copyOf(connections);
        open.forEach(connection -> connection.close(1001, "client transport closed"));
        try {
            CompletableFuture.allOf(open.stream().map(JdkWebSocketConnection::closedFuture)
                    .toArray(CompletableFuture[]::new)).get(CLOSE_HANDSHAKE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // peers that do not answer the close in time are dropped below
        }
        open.forEach(JdkWebSocketConnection::abort);
        client.shutdownNow();
        executor.shutdown();
    }

    @Override
    public String toString() {
        return "JdkWebSocketTransport[" + (closed.get() ? "closed" : "open") + "]";
    }
}
