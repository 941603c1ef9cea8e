package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.HttpVersion;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.TransportSettings;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import io.github.bitget4j.spi.WebSocketTransport;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.util.component.LifeCycle;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.Configuration;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.client.CoreClientUpgradeRequest;
import org.eclipse.jetty.websocket.core.client.WebSocketCoreClient;
import org.eclipse.jetty.websocket.core.exception.UpgradeException;

/**
 * A {@link WebSocketTransport} on one Jetty HTTP client (built like the HTTP transport's, so the same
 * connect timeout, proxy and virtual threads apply) and Jetty's core WebSocket client.
 * The transport sets no WebSocket idle timeout: Bitget's heartbeat is a text {@code ping}, and the SDK
 * client that sends it is the one to decide when a silent connection is dead.
 */
final class JettyWebSocketTransport implements WebSocketTransport {

    private static final System.Logger LOG = System.getLogger(JettyWebSocketTransport.class.getName());

    /** Order book snapshots of busy symbols pass 1 MiB; this bounds memory per message. */
    static final int MAX_TEXT_MESSAGE_BYTES = 64 * 1024 * 1024;

    /** Extra wait past the connect timeout before giving up on Jetty completing the upgrade. */
    private static final long BACKSTOP_GRACE_MILLIS = 5_000;

    /** How long {@link #close()} waits for the close handshakes of open connections before dropping them. */
    private static final long CLOSE_HANDSHAKE_MILLIS = 1_000;

    private final HttpClient httpClient;
    private final WebSocketCoreClient client;
    private final Configuration.ConfigurationCustomizer configuration;
    private final long connectTimeoutMillis;
    private final long sendTimeoutMillis;
    private final Set<JettyWebSocketConnection> connections = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean closed = new AtomicBoolean();

    private JettyWebSocketTransport(HttpClient httpClient, WebSocketCoreClient client, TransportSettings settings) {
        this.httpClient = httpClient;
        this.client = client;
        this.connectTimeoutMillis = JettyHttpClients.millis(settings.connectTimeout());
        this.sendTimeoutMillis = JettyHttpClients.millis(settings.requestTimeout());
        this.configuration = new Configuration.ConfigurationCustomizer();
        configuration.setIdleTimeout(Duration.ZERO);
        configuration.setMaxFrameSize(MAX_TEXT_MESSAGE_BYTES);
        configuration.setMaxTextMessageSize(MAX_TEXT_MESSAGE_BYTES);
    }

    static JettyWebSocketTransport start(TransportSettings settings) {
        HttpClient httpClient = JettyHttpClients.newStartedClient(settings.withHttpVersion(HttpVersion.HTTP_1_1), "bitget4j-ws-");
        // The upgrade is an HTTP/1.1 exchange: WebSockets over HTTP/2 (RFC 8441) are not what Bitget serves.
        WebSocketCoreClient client = new WebSocketCoreClient(httpClient, null);
        try {
            client.start();
        } catch (Exception e) {
            LifeCycle.stop(client);
            JettyHttpClients.stopQuietly(httpClient);
            throw new IllegalStateException("could not start the Jetty WebSocket client", e);
        }
        LOG.log(Level.DEBUG, "started WebSocket transport {0} with {1}", httpClient.getName(), settings);
        return new JettyWebSocketTransport(httpClient, client, settings);
    }

    @Override
    public WebSocketConnection connect(URI uri, WebSocketListener listener) {
        String target = describe(uri);
        if (closed.get()) {
            throw new TransportException(Kind.REJECTED, target + ": the transport is closed");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, target + ": interrupted before connecting");
        }
        JettyWebSocketConnection connection = new JettyWebSocketConnection(
                target, listener, sendTimeoutMillis, MAX_TEXT_MESSAGE_BYTES, connections::remove);
        CoreClientUpgradeRequest upgrade;
        try {
            upgrade = CoreClientUpgradeRequest.from(client, uri, connection);
        } catch (IllegalArgumentException e) {
            throw new TransportException(Kind.REJECTED, target + ": not a ws:// or wss:// URI with a host", e);
        }
        upgrade.setConfiguration(configuration);
        if (connectTimeoutMillis > 0) {
            upgrade.timeout(connectTimeoutMillis, TimeUnit.MILLISECONDS); // bounds connect plus upgrade exchange
        }
        connections.add(connection);
        CompletableFuture<CoreSession> opened = null;
        try {
            opened = client.connect(upgrade);
            await(opened);
            if (closed.get()) { // close() ran while we connected and may have missed this connection
                connection.abort();
                throw new TransportException(Kind.REJECTED, target + ": the transport was closed while connecting");
            }
            return connection;
        } catch (InterruptedException e) {
            giveUp(opened, connection);
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, target + ": interrupted while connecting", e);
        } catch (TimeoutException e) {
            giveUp(opened, connection);
            throw new TransportException(Kind.TIMEOUT, target + ": the WebSocket upgrade did not complete in time", e);
        } catch (ExecutionException e) {
            connections.remove(connection);
            throw toConnectFailure(target, e.getCause());
        } catch (IOException | RuntimeException e) {
            giveUp(opened, connection);
            if (e instanceof TransportException transportException) {
                throw transportException;
            }
            throw toConnectFailure(target, e);
        }
    }

    private void await(CompletableFuture<CoreSession> opened)
            throws InterruptedException, ExecutionException, TimeoutException {
        if (connectTimeoutMillis == 0) {
            opened.get();
        } else {
            opened.get(connectTimeoutMillis + BACKSTOP_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        }
    }

    /** Cancelling makes Jetty abort the upgrade; if it had already succeeded, the connection is dropped. */
    private void giveUp(CompletableFuture<CoreSession> opened, JettyWebSocketConnection connection) {
        if (opened == null || !opened.cancel(false)) {
            connection.abort();
        }
        connections.remove(connection);
    }

    private TransportException toConnectFailure(String target, Throwable failure) {
        if (!closed.get() && failure instanceof UpgradeException upgrade && upgrade.getResponseStatusCode() > 0) {
            // The server answered the upgrade with a plain HTTP status (503 while overloaded, 4xx): no session.
            return new TransportException(Kind.CONNECT, target + ": the server refused the WebSocket upgrade with HTTP "
                    + upgrade.getResponseStatusCode(), failure);
        }
        return TransportFailures.toTransportException(target, failure, closed.get(), false); // an upgrade, not an order
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<JettyWebSocketConnection> open = List.copyOf(connections);
        for (JettyWebSocketConnection connection : open) {
            connection.close(CloseStatus.SHUTDOWN, "client transport closed");
        }
        try {
            CompletableFuture.allOf(open.stream().map(JettyWebSocketConnection::closedFuture)
                    .toArray(CompletableFuture[]::new)).get(CLOSE_HANDSHAKE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Peers that do not answer the close in time are dropped when the client stops.
        }
        LifeCycle.stop(client);
        JettyHttpClients.stopQuietly(httpClient); // closes the sockets of whatever is still open
        LOG.log(Level.DEBUG, "stopped WebSocket transport {0}", httpClient.getName());
    }

    /** Scheme, host, port and path: enough to recognise the connection in a message or log. */
    private static String describe(URI uri) {
        return "WebSocket " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }

    @Override
    public String toString() {
        return "JettyWebSocketTransport[" + httpClient.getName() + (closed.get() ? ", closed" : "") + "]";
    }
}
