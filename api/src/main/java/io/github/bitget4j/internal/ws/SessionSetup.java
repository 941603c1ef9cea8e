package io.github.bitget4j.internal.ws;

import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.WsLoginException;
import io.github.bitget4j.internal.ClockSync;
import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.ws.WsKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * What {@link ManagedSocket}'s supervisor does to a new connection before it is published (log in, start the
 * heartbeat), and how it reads a failed connect. Stateless beyond the engine and the socket's key.
 */
final class SessionSetup {

    private final WsKey key;
    private final WsEngine engine;
    private final Inbound inbound;

    SessionSetup(WsKey key, WsEngine engine, Inbound inbound) {
        this.key = key;
        this.engine = engine;
        this.inbound = inbound;
    }

    /**
     * Sends the login and waits for Bitget's answer, at most the request timeout.
     *
     * @throws WsLoginException when Bitget refuses it
     * @throws BitgetConnectionException when the connection closes first or no answer comes in time
     */
    void login(Session session) throws InterruptedException {
        var options = engine.options();
        // with clock sync, the offset the REST clients of this process measured to the same Bitget
        long timestamp = (options.clock().millis() + (options.clockSync() ? ClockSync.lastOffsetMillis(options.baseUrl()) : 0))
                / 1000;
        String sign = engine.sign(WsFrames.loginPrehash(timestamp).getBytes(StandardCharsets.UTF_8));
        session.send(WsFrames.login(options.apiKey(), options.apiPass(), timestamp, sign));
        Duration timeout = options.requestTimeout();
        try {
            session.loginAck.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WsLoginException refused) {
                throw refused;
            }
            throw new BitgetConnectionException(key + " closed during login", false, false, e.getCause());
        } catch (TimeoutException e) {
            throw new BitgetConnectionException(key + " login got no reply within " + timeout, true, false, e);
        }
    }

    /** Pings every {@code wsPingInterval}; a session silent for {@code wsPongTimeout} after a ping is aborted. */
    void startHeartbeat(Session session) {
        long interval = engine.options().wsPingInterval().toNanos();
        session.heartbeat = engine.scheduler().scheduleAtFixedRate(() -> ping(session), interval, interval,
                TimeUnit.NANOSECONDS);
    }

    private void ping(Session session) {
        if (session.isEnded()) {
            return;
        }
        long sentAt = System.nanoTime();
        Thread.ofVirtual().name("bitget4j-ws-ping").start(() -> {
            try {
                session.send(WsFrames.PING);
            } catch (RuntimeException ignored) {
                // a dead connection is found by the pong check below
            }
        });
        engine.scheduler().schedule(() -> {
            if (!session.isEnded() && session.lastReceivedNanos - sentAt < 0) {
                inbound.report(new BitgetConnectionException(key + " silent for "
                        + engine.options().wsPongTimeout() + " after a ping: reconnecting", true, false, null));
                session.abort();
            }
        }, engine.options().wsPongTimeout().toNanos(), TimeUnit.NANOSECONDS);
    }

    /** Unknown host, refused or unroutable connection, TLS failure, or no answer within the connect timeout. */
    static boolean unreachable(TransportException failure) {
        if (failure.kind() == TransportException.Kind.TIMEOUT) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.net.UnknownHostException || t instanceof java.net.ConnectException
                    || t instanceof java.net.NoRouteToHostException || t instanceof javax.net.ssl.SSLException) {
                return true;
            }
        }
        return false;
    }

    /** The cause of a failed connect in words: the innermost message, e.g. "Connection refused". */
    static String describe(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage();
        return root == error ? error.getMessage() : error.getMessage() + " (" + root.getClass().getSimpleName() + message + ")";
    }
}
