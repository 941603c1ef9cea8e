package io.github.bitget4j.internal.ws;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.errors.BitgetClientException;
import io.github.bitget4j.internal.CredentialsCheck;
import io.github.bitget4j.internal.SignerFactory;
import io.github.bitget4j.spi.Signer;
import io.github.bitget4j.spi.SignerException;
import io.github.bitget4j.spi.WebSocketTransport;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * What the sockets of one WebSocket client share: options, the signer (the same plugin as REST), the transport,
 * a timer for heartbeats (on a virtual thread), and the listeners. {@link #close()} stops all of it.
 */
public final class WsEngine implements AutoCloseable {

    private final ClientOptions options;
    private final @Nullable Signer signer;
    private final WebSocketTransport transport;
    private final ScheduledExecutorService scheduler;
    private final ListenerSet listeners = new ListenerSet();
    private final Map<WsKey, ManagedSocket> sockets = new EnumMap<>(WsKey.class);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final java.util.concurrent.locks.ReentrantLock apiLock = new java.util.concurrent.locks.ReentrantLock();
    private @Nullable WsApi api;

    public WsEngine(ClientOptions options, Set<WsKey> keys) {
        this.options = options;
        this.signer = SignerFactory.create(options); // a bad key fails here, before any connection
        try {
            this.transport = WsTransports.create(options);
        } catch (RuntimeException e) {
            if (signer != null) {
                signer.close();
            }
            throw e;
        }
        this.scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofVirtual().name("bitget4j-ws-timer-", 0).factory());
        for (WsKey key : keys) {
            sockets.put(key, new ManagedSocket(key, this));
        }
    }

    public ClientOptions options() {
        return options;
    }

    WebSocketTransport transport() {
        return transport;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ListenerSet listeners() {
        return listeners;
    }

    public void addListener(WsListener listener) {
        listeners.add(listener);
    }

    public void removeListener(WsListener listener) {
        listeners.remove(listener);
    }

    /** @throws IllegalArgumentException when this client has no such socket (e.g. a V2 socket on a V3 client) */
    public ManagedSocket socket(WsKey key) {
        ManagedSocket socket = sockets.get(key);
        if (socket == null) {
            throw new IllegalArgumentException("this client has no " + key + " socket; it has " + sockets.keySet());
        }
        if (closed.get()) {
            throw new BitgetClientException("the WebSocket client is closed");
        }
        if (key.isPrivate()) {
            requireCredentials(key);
        }
        return socket;
    }

    /** Time a call waits for a socket to open and (private) log in. */
    public Duration readyTimeout() {
        return options.connectTimeout().plus(options.requestTimeout());
    }

    private void requireCredentials(WsKey key) {
        CredentialsCheck.requireComplete("the " + key + " socket", options, signer);
    }

    String sign(byte[] prehash) {
        try {
            return signer.sign(prehash);
        } catch (SignerException e) {
            throw new BitgetClientException("signing the WebSocket login failed: " + e.getMessage(), e);
        }
    }

    /** The WS API on this engine's V3 private socket, created on first use. */
    public WsApi api() {
        ManagedSocket socket = socket(WsKey.V3_PRIVATE);
        apiLock.lock();
        try {
            if (api == null) {
                api = new WsApi(socket); // one per socket: it installs the socket's reply handler
            }
            return api;
        } finally {
            apiLock.unlock();
        }
    }

    public List<ManagedSocket> sockets() {
        return List.copyOf(sockets.values());
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Stops every socket and reconnect, the heartbeat timer, the transport and the signer. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        for (ManagedSocket socket : sockets.values()) {
            socket.close();
        }
        scheduler.shutdownNow();
        try {
            transport.close();
        } finally {
            if (signer != null) {
                signer.close();
            }
        }
    }
}
