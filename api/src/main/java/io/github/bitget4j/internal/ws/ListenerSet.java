package io.github.bitget4j.internal.ws;

import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one client. A listener that throws is reported to the others' {@code onException}, never to the
 * socket; an exception thrown by {@code onException} itself is only logged.
 */
final class ListenerSet {

    private static final System.Logger LOG = System.getLogger("io.github.bitget4j.ws");

    private final List<WsListener> listeners = new CopyOnWriteArrayList<>();

    void add(WsListener listener) {
        listeners.add(listener);
    }

    void remove(WsListener listener) {
        listeners.remove(listener);
    }

    void fire(WsKey socket, Consumer<WsListener> event) {
        for (WsListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                exception(socket, new IllegalStateException("a WsListener threw " + e, e));
            }
        }
    }

    /** Runs a per-subscription handler the same guarded way. */
    void guarded(WsKey socket, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            exception(socket, new IllegalStateException("a subscription handler threw " + e, e));
        }
    }

    void exception(WsKey socket, Throwable error) {
        if (listeners.isEmpty()) {
            LOG.log(System.Logger.Level.DEBUG, () -> socket + ": " + error);
            return;
        }
        for (WsListener listener : listeners) {
            try {
                listener.onException(socket, error);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "WsListener.onException threw; ignored", e);
            }
        }
    }
}
