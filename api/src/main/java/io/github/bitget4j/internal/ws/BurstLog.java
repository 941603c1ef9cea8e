package io.github.bitget4j.internal.ws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * Logs a warning once per burst: the first of a kind at once, then at most one per {@link #QUIET_NANOS} with the
 * number of occurrences in between, so a handler that throws on every push of a busy topic cannot flood the log.
 */
final class BurstLog {

    static final long QUIET_NANOS = TimeUnit.SECONDS.toNanos(60);

    private record State(AtomicLong lastLogged, AtomicLong suppressed) {
    }

    private final System.Logger log;
    private final Map<String, State> states = new ConcurrentHashMap<>();

    BurstLog(System.Logger log) {
        this.log = log;
    }

    void warn(String kind, String message, @Nullable Throwable cause) {
        long now = System.nanoTime();
        State state = states.computeIfAbsent(kind, k -> new State(new AtomicLong(now - QUIET_NANOS), new AtomicLong()));
        long last = state.lastLogged().get();
        if (now - last < QUIET_NANOS || !state.lastLogged().compareAndSet(last, now)) {
            state.suppressed().incrementAndGet();
            return;
        }
        long more = state.suppressed().getAndSet(0);
        String text = more == 0 ? message : message + " (" + more + " more like it since the last warning)";
        if (cause == null) {
            log.log(System.Logger.Level.WARNING, text);
        } else {
            log.log(System.Logger.Level.WARNING, text, cause);
        }
    }
}
