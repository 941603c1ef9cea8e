package io.github.bitget4j.benchmarks.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * Runs C virtual-thread callers in a loop against one client: a warm-up, then a measured window in which
 * latencies, errors, CPU time, peak heap and peak platform threads are taken. Callers alternate the signed
 * GET and the signed POST.
 */
final class InJvmPhase {

    /** One call; {@code n} even means the GET, odd the POST. Throws on any failure. */
    @FunctionalInterface
    interface Call {
        void run(long n) throws Exception;
    }

    private final LatencyRecorder recorder;
    private final ProcessMeters meters = new ProcessMeters();

    InJvmPhase(LatencyRecorder recorder) {
        this.recorder = recorder;
    }

    PhaseResult run(String client, int concurrency, Duration warmUp, Duration window, Call call)
            throws InterruptedException {
        return run(client, concurrency, warmUp, window, 0, call);
    }

    /**
     * @param minCalls the measured window lasts until at least this many calls ended (at most a minute more), so
     *                 a busy machine that is slow to start the callers still measures something
     */
    PhaseResult run(String client, int concurrency, Duration warmUp, Duration window, long minCalls, Call call)
            throws InterruptedException {
        var state = new State();
        try {
            // One call alone first: over HTTP/2 it opens the connection the callers then share. Without it, C callers
            // arriving at once on a new client open C TLS connections together (Jetty's pool opens one per waiting
            // request until the first is up), which on a saturated machine took the whole window (BENCHMARKS.md).
            call.run(0);
        } catch (Exception e) {
            state.reportFirst(e);
        }
        System.gc(); // start every phase from the same heap, not the previous phase's garbage
        var callers = new ArrayList<Thread>(concurrency);
        for (int i = 0; i < concurrency; i++) {
            long first = i;
            callers.add(Thread.ofVirtual().name("caller-" + i).start(() -> loop(state, call, first)));
        }
        Thread.sleep(warmUp);
        recorder.reset();
        meters.resetPeaks();
        long cpu0 = meters.cpuNanos();
        long allocated0 = meters.allocatedBytes();
        long t0 = System.nanoTime();
        state.recording = true;
        Thread.sleep(window);
        long extraDeadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (state.completed.sum() + state.errors.sum() < minCalls && System.nanoTime() < extraDeadline) {
            Thread.sleep(10);
        }
        state.recording = false;
        long elapsed = System.nanoTime() - t0;
        long cpu = meters.cpuNanos() - cpu0;
        long allocated = meters.allocatedBytes() - allocated0;
        double heap = meters.peakHeapMegabytes();
        int platformThreads = meters.peakPlatformThreads();
        state.stop = true;
        for (Thread caller : callers) {
            caller.join();
        }
        long done = state.completed.sum();
        LatencyRecorder.Percentiles p = recorder.percentiles();
        return new PhaseResult(client, concurrency, done, state.errors.sum(), done / (elapsed / 1e9), p.p50Millis(),
                p.p90Millis(), p.p99Millis(), done == 0 ? Double.NaN : cpu / 1e3 / done,
                done == 0 ? Double.NaN : allocated / 1024.0 / done, heap, platformThreads);
    }

    private void loop(State state, Call call, long first) {
        long n = first;
        while (!state.stop) {
            long start = System.nanoTime();
            boolean ok;
            try {
                call.run(n++);
                ok = true;
            } catch (Exception e) {
                ok = false;
                state.reportFirst(e);
            }
            long latency = System.nanoTime() - start;
            if (state.recording) {
                if (ok) {
                    state.completed.increment();
                    recorder.record(latency);
                } else {
                    state.errors.increment();
                }
            }
        }
    }

    private static final class State {
        volatile boolean recording;
        volatile boolean stop;
        final LongAdder completed = new LongAdder();
        final LongAdder errors = new LongAdder();
        private final AtomicBoolean reported = new AtomicBoolean();

        /** The first failure of a phase is printed (class and message only); the rest are counted. */
        void reportFirst(Exception e) {
            if (reported.compareAndSet(false, true)) {
                System.err.println("  first error: " + e);
            }
        }
    }
}
