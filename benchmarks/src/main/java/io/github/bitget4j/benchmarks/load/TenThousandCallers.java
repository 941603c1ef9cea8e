package io.github.bitget4j.benchmarks.load;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.benchmarks.Fixtures;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * N virtual threads, one SDK call each, all started at once against a server that takes a fixed time per
 * request: wall time until the last answer, errors, peak heap, peak platform threads.
 */
final class TenThousandCallers {

    /**
     * @param singleCallMillis   median of single calls at the same server latency, made just before
     * @param budgetMillis       3 x single call + callers / serverThroughput (the target)
     */
    record Result(String client, int callers, int maxConnections, long serverLatencyMillis, double singleCallMillis,
            double wallMillis, long errors, double peakHeapMegabytes, int peakPlatformThreads,
            double serverThroughput, double budgetMillis) {
    }

    private TenThousandCallers() {
    }

    /** The SDK with its default transport over HTTP/1.1. */
    static Result run(ServerProcess server, int callers, int maxConnections, Duration serverLatency,
            double serverThroughput) throws InterruptedException {
        return run("sdk", Fixtures.hmacOptions(server.baseUrl()), server, callers, maxConnections, serverLatency,
                serverThroughput);
    }

    /** @param options the client's options but the pool size, e.g. over TLS with HTTP/2 and a chosen transport */
    static Result run(String client, ClientOptions.Builder options, ServerProcess server, int callers,
            int maxConnections, Duration serverLatency, double serverThroughput) throws InterruptedException {
        var meters = new ProcessMeters();
        server.setLatency(serverLatency);
        try (var sdk = new SdkCalls(options.maxConnections(maxConnections).build())) {
            double single = singleCallMillis(sdk);
            System.gc();
            meters.resetPeaks();
            var errors = new LongAdder();
            var firstError = new AtomicBoolean();
            var done = new CountDownLatch(callers);
            long start = System.nanoTime();
            for (int i = 0; i < callers; i++) {
                long n = i;
                Thread.ofVirtual().start(() -> {
                    try {
                        sdk.run(n);
                    } catch (Exception e) {
                        errors.increment();
                        if (firstError.compareAndSet(false, true)) {
                            System.err.println("  " + client + ", first error: " + e); // class and message only
                        }
                    } finally {
                        done.countDown();
                    }
                });
            }
            done.await();
            double wall = (System.nanoTime() - start) / 1e6;
            double budget = 3 * single + callers / serverThroughput * 1000;
            return new Result(client, callers, maxConnections, serverLatency.toMillis(), single, wall, errors.sum(),
                    meters.peakHeapMegabytes(), meters.peakPlatformThreads(), serverThroughput, budget);
        } finally {
            server.setLatency(Duration.ZERO);
        }
    }

    private static double singleCallMillis(SdkCalls sdk) {
        sdk.run(0); // opens the connection
        double[] times = new double[5];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            sdk.run(i);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times[times.length / 2];
    }
}
