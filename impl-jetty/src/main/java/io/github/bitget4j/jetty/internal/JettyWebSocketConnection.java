package io.github.bitget4j.jetty.internal;

import io.github.bitget4j.spi.TransportException;
import io.github.bitget4j.spi.TransportException.Kind;
import io.github.bitget4j.spi.WebSocketConnection;
import io.github.bitget4j.spi.WebSocketListener;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import org.eclipse.jetty.util.BufferUtil;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.FutureCallback;
import org.eclipse.jetty.websocket.core.CloseStatus;
import org.eclipse.jetty.websocket.core.CoreSession;
import org.eclipse.jetty.websocket.core.Frame;
import org.eclipse.jetty.websocket.core.FrameHandler;
import org.eclipse.jetty.websocket.core.OpCode;
import org.jspecify.annotations.Nullable;

/**
 * One WebSocket connection, on Jetty's core WebSocket API. The core API is used rather than Jetty's
 * annotated/listener API because that one calls endpoints through public method-handle lookups, which
 * fail for classes in a package that this module does not export.
 * Jetty hands frames over one at a time; a lock keeps the listener's error and close callbacks (which
 * can come from a failure on another thread) from overlapping a running text callback.
 */
final class JettyWebSocketConnection implements WebSocketConnection, FrameHandler {

    private static final System.Logger LOG = System.getLogger(JettyWebSocketConnection.class.getName());

    private final String target;
    private final WebSocketListener listener;
    private final long sendTimeoutMillis;
    private final Consumer<JettyWebSocketConnection> onClosed;
    private final TextMessageAssembler text;
    private final ReentrantLock callbacks = new ReentrantLock();
    private final AtomicBoolean closeRequested = new AtomicBoolean();
    private final CompletableFuture<Void> closed = new CompletableFuture<>();
    private volatile @Nullable CoreSession session;
    /** Whether the CONTINUATION frames that follow belong to a binary message, which is ignored. */
    private boolean inBinaryMessage;

    /**
     * @param target   where the connection goes, for messages (no query string)
     * @param onClosed told once when the connection is closed, whichever way
     */
    JettyWebSocketConnection(String target, WebSocketListener listener, long sendTimeoutMillis, int maxTextBytes,
            Consumer<JettyWebSocketConnection> onClosed) {
        this.target = target;
        this.listener = listener;
        this.sendTimeoutMillis = sendTimeoutMillis;
        this.onClosed = onClosed;
        this.text = new TextMessageAssembler(maxTextBytes);
    }

    // ---- WebSocketConnection: called by the SDK ----

    @Override
    public void sendText(String message) {
        CoreSession current = session;
        if (current == null || !current.isOutputOpen()) {
            throw new TransportException(Kind.REJECTED, target + ": the WebSocket connection is closed");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TransportException(Kind.INTERRUPTED, target + ": interrupted before sending");
        }
        FutureCallback written = new FutureCallback();
        current.sendFrame(new Frame(OpCode.TEXT, message), written, false);
        try {
            if (sendTimeoutMillis > 0) {
                written.get(sendTimeoutMillis, TimeUnit.MILLISECONDS);
            } else {
                written.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(Kind.INTERRUPTED, target + ": interrupted while sending (the frame may still go out)", e);
        } catch (TimeoutException e) {
            // A frame stuck in the queue blocks every later one: the connection is of no more use.
            abort();
            throw new TransportException(Kind.TIMEOUT, target + ": a text frame could not be written in time", e);
        } catch (ExecutionException e) {
            // Once queued, a frame may have left even if the channel closed meanwhile: IO ("may have been sent"),
            // never REJECTED ("nothing sent"), or an order could be reported as not sent while it is live.
            throw new TransportException(Kind.IO, target + ": sending a text frame failed (" + e.getCause().getClass().getName() + ")", e.getCause());
        }
    }

    @Override
    public void close(int code, String reason) {
        CoreSession current = session;
        if (current == null || !closeRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            current.close(code, reason, Callback.NOOP);
        } catch (RuntimeException e) {
            // e.g. a code that may not be sent (1005, 1006): the caller still wants the connection gone
            LOG.log(Level.DEBUG, "close({0}) refused by Jetty, aborting {1}: {2}", code, target, e.toString());
            current.abort();
        }
    }

    @Override
    public void abort() {
        CoreSession current = session;
        if (current != null) {
            current.abort();
        }
    }

    @Override
    public boolean isOpen() {
        CoreSession current = session;
        return current != null && current.isOutputOpen() && !closed.isDone();
    }

    /** Completes when Jetty reports the connection closed. */
    CompletableFuture<Void> closedFuture() {
        return closed;
    }

    // ---- FrameHandler: called by Jetty ----

    @Override
    public void onOpen(CoreSession coreSession, Callback callback) {
        session = coreSession;
        callback.succeeded();
        deliver("onOpen", () -> listener.onOpen(this));
        coreSession.demand(); // frames flow only now, so no text callback can overtake onOpen
    }

    @Override
    public void onFrame(Frame frame, Callback callback) {
        CoreSession current = session;
        byte opCode = frame.getOpCode();
        try {
            switch (opCode) {
                case OpCode.TEXT -> {
                    inBinaryMessage = false;
                    deliverText(frame);
                }
                case OpCode.CONTINUATION -> {
                    if (!inBinaryMessage) {
                        deliverText(frame);
                    }
                }
                case OpCode.BINARY -> inBinaryMessage = !frame.isFin(); // Bitget sends text only
                case OpCode.PING -> answerPing(current, frame);
                default -> {
                    // PONG: nothing to do; CLOSE: Jetty answers it once the callback succeeds, then calls onClosed
                }
            }
        } catch (RuntimeException | Error e) {
            callback.failed(e); // Jetty closes with the exception's close code (1007, 1009) or 1011
            return;
        }
        callback.succeeded();
        if (opCode != OpCode.CLOSE && current != null) {
            current.demand();
        }
    }

    @Override
    public void onError(Throwable cause, Callback callback) {
        deliver("onError", () -> listener.onError(cause));
        callback.succeeded();
    }

    @Override
    public void onClosed(CloseStatus closeStatus, Callback callback) {
        try {
            String reason = closeStatus.getReason();
            deliver("onClose", () -> listener.onClose(closeStatus.getCode(), reason == null ? "" : reason));
        } finally {
            closed.complete(null);
            onClosed.accept(this);
            callback.succeeded();
        }
    }

    private void deliverText(Frame frame) {
        String message = text.append(frame.getPayload(), frame.isFin());
        if (message != null) {
            deliver("onText", () -> listener.onText(message));
        }
    }

    /** Bitget pings with text frames; a control ping (from a proxy, say) still gets its pong. */
    private static void answerPing(@Nullable CoreSession current, Frame ping) {
        if (current != null && current.isOutputOpen()) {
            ByteBuffer payload = ping.hasPayload() ? BufferUtil.copy(ping.getPayload()) : BufferUtil.EMPTY_BUFFER;
            current.sendFrame(new Frame(OpCode.PONG, payload), Callback.NOOP, false);
        }
    }

    /** Runs one listener callback; a listener's exception is logged and must not kill the connection. */
    private void deliver(String callbackName, Runnable callback) {
        callbacks.lock();
        try {
            callback.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "WebSocket listener " + callbackName + " for " + target + " threw", e);
        } finally {
            callbacks.unlock();
        }
    }

    @Override
    public String toString() {
        return "JettyWebSocketConnection[" + target + (isOpen() ? "" : ", closed") + "]";
    }
}
