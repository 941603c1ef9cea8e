package io.github.bitget4j.jdk.internal;

import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import java.lang.System.Logger.Level;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * One java.net.http WebSocket. java.net.http calls the listener one message at a time (this class asks for the next
 * only when the callback returns); a lock keeps the close that {@link #abort()} reports itself from overlapping a
 * callback. Fragments of a text message are joined; control pings are answered by java.net.http itself.
 */
final class JdkWebSocketConnection implements WebSocketConnection, WebSocket.Listener {

    private static final System.Logger LOG = System.getLogger(JdkWebSocketConnection.class.getName());

    private final String target;
    private final WebSocketListener listener;
    private final long sendTimeoutMillis;
    private final int maxMessageChars;
    private final Consumer<JdkWebSocketConnection> onClosed;
    private final ReentrantLock callbacks = new ReentrantLock();
    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicBoolean closeRequested = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    /** Set before the listener hears onClose, so that the listener (and whoever it wakes) sees the connection closed. */
    private volatile boolean ended;
    private final StringBuilder pending = new StringBuilder();
    private volatile @Nullable WebSocket socket;

    JdkWebSocketConnection(String target, WebSocketListener listener, long sendTimeoutMillis, int maxMessageChars,
            Consumer<JdkWebSocketConnection> onClosed) {
        this.target = target;
        this.listener = listener;
        this.sendTimeoutMillis = sendTimeoutMillis;
        this.maxMessageChars = maxMessageChars;
        this.onClosed = onClosed;
    }

    /** Called once connect() has the socket; onOpen has run by then. */
    void opened(WebSocket webSocket) {
        socket = webSocket;
    }

    CompletableFuture<Void> closedFuture() {
        return closed;
    }

    // ---- WebSocketConnection ----

    @Override
    public void sendText(String text) {
        WebSocket current = socket;
        if (current == null || current.isOutputClosed() || closed.isDone()) {
            throw new TransportException(Kind.REJECTED, target + ": the WebSocket connection is closed");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, false, target + ": interrupted before sending", null);
        }
        sending.lock(); // java.net.http allows one outstanding send at a time
        try {
            CompletableFuture<WebSocket> written = current.sendText(text, true);
            if (sendTimeoutMillis > 0) {
                written.get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
            } else {
                written.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, target + ": interrupted while sending (the frame may still go out)", e);
        } catch (TimeoutException e) {
            abort(); // a frame stuck in the queue blocks every later one
            throw new TransportException(Kind.TIMEOUT, target + ": a text frame could not be written in time", e);
        } catch (ExecutionException e) {
            throw new TransportException(Kind.IO, target + ": sending a text frame failed (" + e.getCause() + ")", e.getCause());
        } finally {
            sending.unlock();
        }
    }

    @Override
    public void close(int code, String reason) {
        WebSocket current = socket;
        if (current == null || !closeRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            current.sendClose(code, reason).exceptionally(e -> {
                current.abort();
                return current;
            });
        } catch (IllegalArgumentException e) {
            current.abort(); // a code that may not be sent: the caller still wants the connection gone
            closedLocally(1006, "aborted");
        }
    }

    @Override
    public void abort() {
        WebSocket current = socket;
        if (current != null) {
            current.abort();
        }
        closedLocally(1006, "aborted"); // java.net.http tells the listener nothing of an abort
    }

    @Override
    public boolean isOpen() {
        WebSocket current = socket;
        return current != null && !current.isOutputClosed() && !ended && !closed.isDone();
    }

    // ---- WebSocket.Listener: called by java.net.http, one at a time ----

    @Override
    public void onOpen(WebSocket webSocket) {
        socket = webSocket;
        deliver(() -> listener.onOpen(this));
        webSocket.request(1);
    }

    @Override
    public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (pending.length() + data.length() > maxMessageChars) {
            pending.setLength(0);
            webSocket.sendClose(1009, "message too big");
            return null;
        }
        if (last && pending.isEmpty()) {
            String message = data.toString();
            deliver(() -> listener.onText(message));
        } else {
            pending.append(data);
            if (last) {
                String message = pending.toString();
                pending.setLength(0);
                deliver(() -> listener.onText(message));
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, java.nio.ByteBuffer data, boolean last) {
        webSocket.request(1); // Bitget sends text only
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onPing(WebSocket webSocket, java.nio.ByteBuffer message) {
        webSocket.request(1); // java.net.http sends the pong itself
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onPong(WebSocket webSocket, java.nio.ByteBuffer message) {
        webSocket.request(1);
        return null;
    }

    @Override
    public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closedLocally(statusCode, reason); // returning null lets java.net.http answer the close at once
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closed.isDone()) {
            deliver(() -> listener.onError(error));
        }
        closedLocally(1006, String.valueOf(error.getMessage()));
    }

    private void closedLocally(int code, String reason) {
        callbacks.lock();
        try {
            if (closed.isDone()) {
                return;
            }
            ended = true;
            deliver(() -> listener.onClose(code, reason));
            closed.complete(null);
        } finally {
            callbacks.unlock();
        }
        onClosed.accept(this);
    }

    /** Runs one listener callback; a listener's exception is logged and must not kill the connection. */
    private void deliver(Runnable callback) {
        callbacks.lock();
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WebSocket listener for " + target + " threw", e);
        } finally {
            callbacks.unlock();
        }
    }

    @Override
    public String toString() {
        return "JdkWebSocketConnection[" + target + (isOpen() ? "" : ", closed") + "]";
    }
}
