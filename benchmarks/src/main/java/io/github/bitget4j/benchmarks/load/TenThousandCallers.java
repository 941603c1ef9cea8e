package io.github.bitget4j.benchmarks.load;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.benchmarks.Fixtures;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * N virtual threads, one SDK call each, all started at once against a server that takes a fixed time per
 * request: wall time until the last answer, errors, peak heap, peak platform threads.
 */
final class TenThousandCallers {

    /** Rounds per client ({@code -Dbench.tenk.rounds}); one burst is at the mercy of whatever else the machine does. */
    private static final int ROUNDS = Integer.getInteger("bench.tenk.rounds", 3);

    /**
     * The round with the median wall time.
     *
     * @param singleCallMillis   median of single calls at the same server latency, made just before
     * @param budgetMillis       3 x single call + callers / serverThroughput (the target)
     * @param clientCpuMillis    CPU time this JVM used from the first caller's start to the last answer
     * @param serverCpuMillis    CPU time the server process used in the same interval
     * @param roundWallMillis    every round's wall time, each round on a new client
     */
    record Result(String client, int callers, int maxConnections, long serverLatencyMillis, double singleCallMillis,
            double wallMillis, long errors, double peakHeapMegabytes, int peakPlatformThreads,
            double serverThroughput, double budgetMillis, double clientCpuMillis, double serverCpuMillis,
            List<Double> roundWallMillis) {

        /** Share of the machine's cores that client and server kept busy together during the burst. */
        double machineBusyShare() {
            return (clientCpuMillis + serverCpuMillis) / (Runtime.getRuntime().availableProcessors() * wallMillis);
        }
    }

    private TenThousandCallers() {
    }

    /** The SDK with its default transport over HTTP/1.1. */
    static Result run(ServerProcess server, int callers, int maxConnections, Duration serverLatency,
            double serverThroughput) throws InterruptedException {
        return run("sdk", Fixtures.hmacOptions(server.baseUrl()), server, callers, maxConnections, serverLatency,
                serverThroughput);
    }

    /**
     * Runs {@link #ROUNDS} rounds, each on a new client, and returns the one with the median wall time.
     *
     * @param options the client's options but the pool size, e.g. over TLS with HTTP/2 and a chosen transport
     */
    static Result run(String client, ClientOptions.Builder options, ServerProcess server, int callers,
            int maxConnections, Duration serverLatency, double serverThroughput) throws InterruptedException {
        var rounds = new ArrayList<Result>();
        for (int i = 0; i < Math.max(1, ROUNDS); i++) {
            rounds.add(round(client, options, server, callers, maxConnections, serverLatency, serverThroughput));
        }
        List<Double> walls = rounds.stream().map(Result::wallMillis).toList();
        rounds.sort(Comparator.comparingDouble(Result::wallMillis));
        Result median = rounds.get(rounds.size() / 2);
        return new Result(median.client(), median.callers(), median.maxConnections(), median.serverLatencyMillis(),
                median.singleCallMillis(), median.wallMillis(), median.errors(), median.peakHeapMegabytes(),
                median.peakPlatformThreads(), median.serverThroughput(), median.budgetMillis(),
                median.clientCpuMillis(), median.serverCpuMillis(), walls);
    }

    private static Result round(String client, ClientOptions.Builder options, ServerProcess server, int callers,
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
            long serverCpuBefore = server.stats().get("cpuNanos").getAsLong();
            long cpuBefore = meters.cpuNanos();
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
            double clientCpu = (meters.cpuNanos() - cpuBefore) / 1e6;
            double serverCpu = (server.stats().get("cpuNanos").getAsLong() - serverCpuBefore) / 1e6;
            double budget = 3 * single + callers / serverThroughput * 1000;
            return new Result(client, callers, maxConnections, serverLatency.toMillis(), single, wall, errors.sum(),
                    meters.peakHeapMegabytes(), meters.peakPlatformThreads(), serverThroughput, budget, clientCpu,
                    serverCpu, List.of(wall));
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
