package io.github.bitget4j.jetty.internal;

import java.util.Iterator;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.io.CyclicTimeouts;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * The timeouts of all exchanges in flight on one transport, kept by one timer on the client's scheduler. A caller
 * that parked with its own timeout would arm and cancel a timer on every call, and the wake-up of the timer thread
 * that goes with arming the earliest one cost a third of the throughput of one caller at a time; here the timer is
 * re-armed only when an exchange's deadline is earlier than the one already armed, which with one timeout for all
 * is about once per timeout.
 */
final class ExchangeDeadlines extends CyclicTimeouts<ExchangeDeadlines.Exchange> {

    private final Set<Exchange> inFlight = ConcurrentHashMap.newKeySet();

    ExchangeDeadlines(Scheduler scheduler) {
        super(scheduler);
    }

    /**
     * Starts timing an exchange that is about to be sent: first its wait for a connection, then, from
     * {@link Exchange#began()}, its wait for the response; each may take {@code timeoutMillis} (0: no limit, the
     * exchange is only tracked for whether it began).
     */
    Exchange start(Request request, long timeoutMillis) {
        var exchange = new Exchange(request, TimeUnit.MILLISECONDS.toNanos(timeoutMillis));
        if (timeoutMillis > 0) {
            inFlight.add(exchange);
            schedule(exchange);
        }
        return exchange;
    }

    /** The exchange has ended, one way or another: its deadline no longer matters. */
    void end(Exchange exchange) {
        inFlight.remove(exchange);
    }

    @Override
    protected Iterator<Exchange> iterator() {
        return inFlight.iterator();
    }

    /** Aborts the exchange with a {@link PhaseTimeout}; Jetty then fails its response, which the caller reads. */
    @Override
    protected boolean onExpired(Exchange exchange) {
        exchange.request.abort(new PhaseTimeout());
        return true;
    }

    /** One exchange: whether Jetty has begun to send it, and the deadline of the phase it is in. */
    static final class Exchange implements CyclicTimeouts.Expirable {
        private final Request request;
        private final long timeoutNanos;
        private volatile long expireNanoTime;
        private volatile boolean began;

        private Exchange(Request request, long timeoutNanos) {
            this.request = request;
            this.timeoutNanos = timeoutNanos;
            this.expireNanoTime = deadlineFromNow();
        }

        /** Long.MAX_VALUE is CyclicTimeouts' "never". */
        private long deadlineFromNow() {
            return timeoutNanos == 0 ? Long.MAX_VALUE : System.nanoTime() + timeoutNanos;
        }

        /**
         * Jetty is about to write the request: the wait for the response starts now. The new deadline is later than
         * the armed one, so the timer finds it when it fires for the old one.
         */
        void began() {
            began = true;
            expireNanoTime = deadlineFromNow();
        }

        /** Whether Jetty had begun to send the request; final once the exchange has ended. */
        boolean hasBegun() {
            return began;
        }

        @Override
        public long getExpireNanoTime() {
            return expireNanoTime;
        }
    }

    /** The abort cause of an exchange whose phase ran out of time; {@link Exchange#hasBegun()} tells which phase. */
    static final class PhaseTimeout extends TimeoutException {
        PhaseTimeout() {
            super("the request timeout ran out");
        }
    }
}
