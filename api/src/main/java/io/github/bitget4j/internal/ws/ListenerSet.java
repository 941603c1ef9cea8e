package io.github.bitget4j.internal.ws;

import io.github.bitget4j.errors.WsHandlerException;
import io.github.bitget4j.ws.WsKey;
import io.github.bitget4j.ws.WsListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The listeners of one client. A listener or handler that throws is reported as a {@link WsHandlerException} to
 * every listener's {@code onException} and logged at WARNING, once per burst per topic ({@link BurstLog}); it never
 * reaches the socket. Other errors are logged at WARNING (once per burst) only when no listener is there to hear them.
 */
final class ListenerSet {

    private static final System.Logger LOG = System.getLogger("io.github.bitget4j.ws");

    private final List<WsListener> listeners = new CopyOnWriteArrayList<>();
    private final BurstLog burstLog = new BurstLog(LOG);

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
                handlerThrew(socket, new WsHandlerException(socket.name(), "a WsListener", e));
            }
        }
    }

    /** Runs a per-subscription handler the same guarded way; {@code topic} names it in the report. */
    void guarded(WsKey socket, String topic, Runnable handler) {
        try {
            handler.run();
        } catch (RuntimeException e) {
            handlerThrew(socket, new WsHandlerException(topic, "a subscription handler", e));
        }
    }

    private void handlerThrew(WsKey socket, WsHandlerException error) {
        burstLog.warn(socket + "|" + error.topic(), socket + ": " + error.getMessage(), error.getCause());
        deliver(socket, error);
    }

    void exception(WsKey socket, Throwable error) {
        if (listeners.isEmpty()) {
            burstLog.warn(socket + "|" + error.getClass().getName(), socket + ": " + error, null);
            return;
        }
        deliver(socket, error);
    }

    private void deliver(WsKey socket, Throwable error) {
        for (WsListener listener : listeners) {
            try {
                listener.onException(socket, error);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "WsListener.onException threw; ignored", e);
            }
        }
    }
}
