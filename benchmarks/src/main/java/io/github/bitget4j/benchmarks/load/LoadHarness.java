package io.github.bitget4j.benchmarks.load;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.benchmarks.Results;
import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpVersion;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.Recording;
import org.jspecify.annotations.Nullable;

/**
 * The load harness: starts the Bitget-shaped server in its own JVM, then for each concurrency runs the SDK, the
 * bare Jetty client and the Node reference SDK against it, one after the other, then the 10,000-caller case; and
 * unless {@code -Dbench.h2=false}, the SDK over TLS with HTTP/2 on the Jetty and on the JDK transport, in the same
 * run, beside HTTP/1.1 (and the 10,000-caller case on each).
 * Prints a table with the ratios and writes {@code last-run.json} and {@code latency.svg}.
 * <p>Modes: full (default), {@code -Dbench.quick} (short phases), {@code -Dbench.smoke} (a few hundred requests,
 * no Node: for the build's smoke test). {@code -Dbench.jfr} records the SDK at C = 64 with JFR.
 */
public final class LoadHarness {

    private static final int SDK_DEFAULT_MAX_CONNECTIONS = 64;

    /** How often the SDK and bare Jetty phases alternate at each concurrency ({@code -Dbench.pairs}). */
    private static final int PAIRS = Math.max(1, Integer.getInteger("bench.pairs", 1));

    private LoadHarness() {
    }

    /** What one run does; {@link #forMode()} picks it from system properties. */
    record Plan(String mode, List<Integer> concurrencies, Duration jitWarmUp, Duration warmUp, Duration window, boolean node,
            int tenKCallers, int tenKMaxConnections, int tenKH2MaxConnections, Duration tenKLatency, boolean jfr, int jfrConcurrency, boolean h2,
            Set<String> clients) {

        /** Whether this run measures the named client ({@code -Dbench.clients=sdk,sdk-h2-jetty}; all when unset). */
        boolean runs(String client) {
            return clients.isEmpty() || clients.contains(client);
        }

        static Plan forMode() {
            boolean jfr = Boolean.getBoolean("bench.jfr");
            int jfrConcurrency = Integer.getInteger("bench.jfr.concurrency", 64); // the phases recorded with JFR
            boolean h2 = !"false".equals(System.getProperty("bench.h2")); // the HTTP/2 phases (Jetty h2, JDK h2)
            // HTTP/1.1 carries one request per connection at a time: at 100 ms per request, 2,048 connections serve
            // 10,000 callers in 5 waves. Many more cost more to open than they save (see BENCHMARKS.md).
            int tenKConnections = Integer.getInteger("bench.tenk.maxConnections", 2048);
            // HTTP/2 multiplexes: the SDK's default pool is plenty, no 2,048 connections to open
            int tenKH2Connections = Integer.getInteger("bench.tenk.h2.maxConnections", SDK_DEFAULT_MAX_CONNECTIONS);
            boolean node = !"false".equals(System.getProperty("bench.node"));
            List<Integer> concurrencies = System.getProperty("bench.concurrencies") == null ? List.of(1, 64, 1024)
                    : java.util.Arrays.stream(System.getProperty("bench.concurrencies").split(",")).map(String::strip)
                    .map(Integer::valueOf).toList();
            String clientList = System.getProperty("bench.clients", "").strip();
            Set<String> clients = clientList.isEmpty() ? Set.of()
                    : java.util.Arrays.stream(clientList.split(",")).map(String::strip).collect(Collectors.toSet());
            if (Boolean.getBoolean("bench.smoke")) {
                return new Plan("smoke", List.of(1, 8), Duration.ofMillis(300), Duration.ofMillis(300), Duration.ofMillis(300), false, 200,
                        200, 64, Duration.ofMillis(20), false, 0, false, Set.of());
            }
            if (Results.quick()) {
                return new Plan("quick", concurrencies, Duration.ofSeconds(4), Duration.ofMillis(1000), Duration.ofMillis(1500), node,
                        10_000, tenKConnections, tenKH2Connections, Duration.ofMillis(100), jfr, jfrConcurrency, h2, clients);
            }
            return new Plan("full", concurrencies, Duration.ofSeconds(12), Duration.ofSeconds(3), Duration.ofSeconds(5), node, 10_000,
                    tenKConnections, tenKH2Connections, Duration.ofMillis(100), jfr, jfrConcurrency, h2, clients);
        }
    }

    /** Everything a run measured, as written to {@code last-run.json}. */
    record Run(String mode, String startedAt, Map<String, Object> machine, List<PhaseResult> phases,
            List<TenThousandCallers.Result> tenThousandCallers, List<Map<String, Object>> ratios, long serverRequests,
            long serverBadSignatures, @Nullable String profile) {
    }

    public static void main(String[] args) throws Exception {
        Run run = run(Plan.forMode());
        System.out.println(table(run));
        Results.writeText("last-run.md", markdown(run));
        System.out.println("written: " + Results.writeJson("last-run.json", run) + ", last-run.md, "
                + Results.writeText("latency.svg", LatencyChart.svg(run.phases(), List.of(1, 64, 1024),
                List.of("sdk", "sdk-h2-jetty", "sdk-h2-jdk", "raw-jetty", "node"), "bitget4j load harness (" + run.mode() + "): latency per client")));
    }

    static Run run(Plan plan) throws Exception {
        String startedAt = Instant.now().toString();
        System.out.println("load harness, " + plan.mode() + " mode: C = " + plan.concurrencies() + ", JIT warm-up "
                + plan.jitWarmUp().toSeconds() + " s per Java client, then per phase warm-up "
                + plan.warmUp().toMillis() + " ms + window " + plan.window().toMillis() + " ms per phase");
        NodeRunner node = plan.node() && plan.runs("node") ? NodeRunner.install() : null;
        var recorder = new LatencyRecorder(plan.mode().equals("full") ? 2_000_000 : 500_000);
        var phase = new InJvmPhase(recorder);
        var phases = new ArrayList<PhaseResult>();
        String profile = null;
        try (ServerProcess server = ServerProcess.start()) {
            String baseUrl = server.baseUrl();
            List<HttpRequest> preSigned = SdkCalls.capture(baseUrl);
            // JIT-compile both Java clients before anything is measured: on 2 busy cores C2 needs 10 s or more,
            // and without this the first phase measured pays for the compiler
            try (var sdk = new SdkCalls(Fixtures.hmacOptions(baseUrl).build());
                    var raw = new RawJettyCalls(preSigned, SDK_DEFAULT_MAX_CONNECTIONS)) {
                phase.run("jit-warm-up", 64, plan.jitWarmUp(), Duration.ofMillis(100), sdk);
                phase.run("jit-warm-up", 64, plan.jitWarmUp(), Duration.ofMillis(100), raw);
            }
            List<String> h2Transports = plan.h2() ? H2_TRANSPORTS.stream().filter(t -> plan.runs("sdk-h2-" + t)).toList()
                    : List.of();
            for (String transport : h2Transports) {
                try (var sdk = new SdkCalls(h2Options(server, transport).build())) {
                    phase.run("jit-warm-up", 64, plan.jitWarmUp().dividedBy(2), Duration.ofMillis(100), sdk);
                }
            }
            var profiles = new ArrayList<String>();
            for (int c : plan.concurrencies()) {
                boolean record = plan.jfr() && c == plan.jfrConcurrency();
                // SDK and bare Jetty alternate -Dbench.pairs times; each keeps its median phase, so that a slow
                // moment of the machine does not decide their ratio
                var sdkRuns = new ArrayList<PhaseResult>();
                var rawRuns = new ArrayList<PhaseResult>();
                for (int pair = 0; pair < PAIRS; pair++) {
                    boolean recordPair = record && pair == 0;
                    if (plan.runs("sdk")) {
                        try (var sdk = new SdkCalls(Fixtures.hmacOptions(baseUrl).build())) {
                            sdkRuns.add(print(profiled(recordPair, "sdk-c" + c, profiles,
                                    () -> phase.run("sdk", c, plan.warmUp(), plan.window(), sdk))));
                        }
                    }
                    if (plan.runs("raw-jetty")) {
                        try (var raw = new RawJettyCalls(preSigned, SDK_DEFAULT_MAX_CONNECTIONS)) {
                            rawRuns.add(print(profiled(recordPair, "raw-jetty-c" + c, profiles,
                                    () -> phase.run("raw-jetty", c, plan.warmUp(), plan.window(), raw))));
                        }
                    }
                }
                addMedian(phases, sdkRuns);
                addMedian(phases, rawRuns);
                for (String transport : h2Transports) {
                    try (var sdk = new SdkCalls(h2Options(server, transport).build())) {
                        phases.add(print(profiled(record, "sdk-h2-" + transport + "-c" + c, profiles,
                                () -> phase.run("sdk-h2-" + transport, c, plan.warmUp(), plan.window(), sdk))));
                    }
                }
                if (node != null) {
                    phases.add(print(node.run(baseUrl, preSigned, c, plan.warmUp(), plan.window())));
                }
            }
            profile = profiles.isEmpty() ? null : String.join("\n", profiles);
            double serverThroughput = phases.stream().filter(p -> !p.client().equals("node"))
                    .mapToDouble(PhaseResult::throughput).max().orElseThrow();
            System.out.println("10,000-caller case: " + plan.tenKCallers() + " virtual threads, server latency "
                    + plan.tenKLatency().toMillis() + " ms, maxConnections " + plan.tenKMaxConnections() + " ...");
            var tenK = new ArrayList<TenThousandCallers.Result>();
            if (plan.runs("sdk")) {
                tenK.add(print(TenThousandCallers.run(server, plan.tenKCallers(), plan.tenKMaxConnections(),
                        plan.tenKLatency(), serverThroughput)));
            }
            for (String transport : h2Transports) {
                // HTTP/2 multiplexes: the default pool of 64 connections is plenty, no 2,048 connections to open
                boolean record = Boolean.getBoolean("bench.jfr.tenk"); // -Dbench.jfr.tenk=true: JFR of these cases
                Recording recording = record ? JfrProfile.start() : null;
                tenK.add(print(TenThousandCallers.run("sdk-h2-" + transport, h2Options(server, transport), server,
                        plan.tenKCallers(), plan.tenKH2MaxConnections(), plan.tenKLatency(), serverThroughput)));
                if (recording != null) {
                    System.out.println(JfrProfile.stopAndSummarise(recording,
                            Results.directory().resolve("sdk-h2-" + transport + "-10k.jfr"), 25));
                }
            }
            var stats = server.stats();
            return new Run(plan.mode(), startedAt, machine(node), phases, tenK, ratios(phases, tenK),
                    stats.get("requests").getAsLong(), stats.get("badSignatures").getAsLong(), profile);
        } finally {
            if (node != null) {
                node.close();
            }
        }
    }

    /** One measured phase. */
    @FunctionalInterface
    private interface Phase {
        PhaseResult run() throws InterruptedException;
    }

    /** Runs the phase, recorded with JFR when asked: its summary joins {@code profiles}, the recording {@code <name>.jfr}. */
    private static PhaseResult profiled(boolean record, String name, List<String> profiles, Phase phase)
            throws InterruptedException {
        if (!record) {
            return phase.run();
        }
        Recording recording = JfrProfile.start();
        PhaseResult result = phase.run();
        String summary = JfrProfile.stopAndSummarise(recording, Results.directory().resolve(name + ".jfr"), 15);
        System.out.println(summary);
        profiles.add(summary);
        return result;
    }

    /** The transports of the HTTP/2 phases, by provider name. */
    private static final List<String> H2_TRANSPORTS = List.of("jetty", "jdk");

    /** The SDK over TLS, HTTP/2 negotiated through ALPN, on the named transport plugin. */
    private static ClientOptions.Builder h2Options(ServerProcess server, String transport) {
        return Fixtures.hmacOptions(server.tlsBaseUrl()).trustStore(server.trustStore()).httpVersion(HttpVersion.HTTP_2)
                .httpTransportProvider(transport);
    }

    private static TenThousandCallers.Result print(TenThousandCallers.Result t) {
        System.out.printf(Locale.ROOT, "  %-12s %,d callers: wall %.0f ms (median of %s), budget %.0f ms, errors %d, "
                + "platform threads %d, CPU client %.0f ms + server %.0f ms (%.0f%% of all cores)%n", t.client(),
                t.callers(), t.wallMillis(), walls(t), t.budgetMillis(), t.errors(), t.peakPlatformThreads(),
                t.clientCpuMillis(), t.serverCpuMillis(), 100 * t.machineBusyShare());
        return t;
    }

    /** Phases of one client run more than once: the one with the median throughput stands for them. */
    private static void addMedian(List<PhaseResult> phases, List<PhaseResult> runs) {
        if (runs.isEmpty()) {
            return;
        }
        var sorted = new ArrayList<>(runs);
        sorted.sort(java.util.Comparator.comparingDouble(PhaseResult::throughput));
        PhaseResult median = sorted.get(sorted.size() / 2);
        if (runs.size() > 1) {
            System.out.printf(Locale.ROOT, "  %-12s C=%-5d median of %d: %.0f req/s%n", median.client(),
                    median.concurrency(), runs.size(), median.throughput());
        }
        phases.add(median);
    }

    private static String walls(TenThousandCallers.Result t) {
        return t.roundWallMillis().stream().map(w -> String.format(Locale.ROOT, "%.0f", w))
                .collect(Collectors.joining(", "));
    }

    private static PhaseResult print(PhaseResult r) {
        System.out.printf(Locale.ROOT, "  %-12s C=%-5d %9.0f req/s  p50 %8.3f ms  p99 %8.3f ms  errors %d%n",
                r.client(), r.concurrency(), r.throughput(), r.p50Millis(), r.p99Millis(), r.errors());
        return r;
    }

    private static List<Map<String, Object>> ratios(List<PhaseResult> phases, List<TenThousandCallers.Result> tenKs) {
        var ratios = new ArrayList<Map<String, Object>>();
        for (int c : phases.stream().map(PhaseResult::concurrency).distinct().toList()) {
            PhaseResult sdk = find(phases, "sdk", c);
            PhaseResult raw = find(phases, "raw-jetty", c);
            PhaseResult node = find(phases, "node", c);
            if (sdk != null && raw != null) {
                ratios.add(ratio("throughput SDK / raw Jetty, C = " + c, sdk.throughput() / raw.throughput(),
                        c == 64 ? ">= 0.85" : null, sdk.throughput() / raw.throughput() >= 0.85));
            }
            for (String transport : H2_TRANSPORTS) {
                PhaseResult h2 = find(phases, "sdk-h2-" + transport, c);
                if (h2 != null && raw != null) {
                    ratios.add(ratio("throughput SDK over HTTP/2 on " + transport + " / raw Jetty HTTP/1.1, C = " + c,
                            h2.throughput() / raw.throughput(), null, true));
                }
            }
            if (sdk != null && node != null) {
                ratios.add(ratio("throughput SDK / Node, C = " + c, sdk.throughput() / node.throughput(),
                        c == 64 ? ">= 2" : null, sdk.throughput() / node.throughput() >= 2));
            }
        }
        for (TenThousandCallers.Result tenK : tenKs) {
            String who = "10k callers (" + tenK.client() + "): ";
            ratios.add(ratio(who + "errors", tenK.errors(), "== 0", tenK.errors() == 0));
            ratios.add(ratio(who + "wall time / budget (3 x single call + 10k / server throughput)",
                    tenK.wallMillis() / tenK.budgetMillis(), "< 1", tenK.wallMillis() < tenK.budgetMillis()));
            ratios.add(ratio(who + "peak platform threads", tenK.peakPlatformThreads(), "< 50",
                    tenK.peakPlatformThreads() < 50));
        }
        return ratios;
    }

    private static Map<String, Object> ratio(String name, double value, @Nullable String target, boolean met) {
        var map = new LinkedHashMap<String, Object>();
        map.put("ratio", name);
        map.put("value", value);
        map.put("target", target == null ? "(none)" : target);
        map.put("verdict", target == null ? "" : met ? "MET" : "MISSED");
        return map;
    }

    private static @Nullable PhaseResult find(List<PhaseResult> phases, String client, int c) {
        return phases.stream().filter(p -> p.client().equals(client) && p.concurrency() == c).findFirst().orElse(null);
    }

    private static Map<String, Object> machine(@Nullable NodeRunner node) {
        var machine = new LinkedHashMap<String, Object>();
        machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                + System.getProperty("os.arch"));
        machine.put("cores", Runtime.getRuntime().availableProcessors());
        machine.put("jdk", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        machine.put("clientHeap", ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax() / (1024 * 1024) + " MB max");
        machine.put("loadAverageAtEnd", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        machine.put("node", node == null ? "not run" : node.nodeVersion() + ", " + NodeRunner.PACKAGE);
        return machine;
    }

    /** The same figures as {@link #table}, as Markdown tables for BENCHMARKS.md. */
    static String markdown(Run run) {
        var out = new StringBuilder("| client | C | req/s | p50 ms | p90 ms | p99 ms | CPU µs/req | alloc KB/req | peak heap MB | "
                + "peak platform threads | errors |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (PhaseResult r : run.phases()) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %.0f | %.3f | %.3f | %.3f | %.1f | %s | %.0f | %s | %d |%n",
                    r.client(), r.concurrency(), r.throughput(), r.p50Millis(), r.p90Millis(), r.p99Millis(),
                    r.cpuMicrosPerRequest(), Double.isNaN(r.allocatedKbPerRequest()) ? "n/a"
                            : String.format(Locale.ROOT, "%.1f", r.allocatedKbPerRequest()), r.peakHeapMegabytes(),
                    r.peakPlatformThreads() < 0 ? "n/a" : Integer.toString(r.peakPlatformThreads()), r.errors()));
        }
        out.append("\n| callers (client) | server latency | maxConnections | single call | wall time (median) | rounds "
                + "| budget | errors | peak heap | peak platform threads | CPU client + server | cores busy |\n"
                + "|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (TenThousandCallers.Result t : run.tenThousandCallers()) {
            out.append(String.format(Locale.ROOT, "| %,d (%s) | %d ms | %,d | %.1f ms | %.0f ms | %s ms | %.0f ms | %d "
                    + "| %.0f MB | %d | %.0f + %.0f ms | %.0f%% |%n",
                    t.callers(), t.client(), t.serverLatencyMillis(), t.maxConnections(), t.singleCallMillis(),
                    t.wallMillis(), walls(t), t.budgetMillis(), t.errors(), t.peakHeapMegabytes(),
                    t.peakPlatformThreads(), t.clientCpuMillis(), t.serverCpuMillis(), 100 * t.machineBusyShare()));
        }
        out.append("\n| ratio | value | target | verdict |\n|---|---:|---|---|\n");
        for (Map<String, Object> r : run.ratios()) {
            out.append(String.format(Locale.ROOT, "| %s | %.2f | %s | %s |%n", r.get("ratio"), (double) r.get("value"),
                    r.get("target"), r.get("verdict")));
        }
        out.append(String.format(Locale.ROOT, "%nServer: %,d requests answered, %d with a bad signature. Machine: %s%n",
                run.serverRequests(), run.serverBadSignatures(), run.machine()));
        return out.toString();
    }

    static String table(Run run) {
        var out = new StringBuilder(String.format(Locale.ROOT,
                "%nclient     C      req/s    p50 ms    p90 ms    p99 ms  CPU us/req  KB/req  peak heap MB  platform thr  errors%n"));
        for (PhaseResult r : run.phases()) {
            out.append(String.format(Locale.ROOT, "%-12s %5d %9.0f %9.3f %9.3f %9.3f %11.1f %7.1f %13.1f %13s %7d%n",
                    r.client(), r.concurrency(), r.throughput(), r.p50Millis(), r.p90Millis(), r.p99Millis(),
                    r.cpuMicrosPerRequest(), r.allocatedKbPerRequest(), r.peakHeapMegabytes(),
                    r.peakPlatformThreads() < 0 ? "n/a" : Integer.toString(r.peakPlatformThreads()), r.errors()));
        }
        for (TenThousandCallers.Result t : run.tenThousandCallers()) {
            out.append(String.format(Locale.ROOT, "%n%s: %,d callers (server latency %d ms, maxConnections %,d): wall %.0f ms, "
                    + "single call %.1f ms, budget %.0f ms (server throughput %.0f req/s), errors %d, peak heap %.1f MB, "
                    + "peak platform threads %d", t.client(), t.callers(), t.serverLatencyMillis(), t.maxConnections(),
                    t.wallMillis(), t.singleCallMillis(), t.budgetMillis(), t.serverThroughput(), t.errors(),
                    t.peakHeapMegabytes(), t.peakPlatformThreads()));
        }
        out.append("\n");
        out.append(String.format(Locale.ROOT, "server: %,d requests answered, %d with a bad signature%n%n",
                run.serverRequests(), run.serverBadSignatures()));
        for (Map<String, Object> r : run.ratios()) {
            out.append(String.format(Locale.ROOT, "%-80s %8.2f  %s %s%n", r.get("ratio"), (double) r.get("value"),
                    r.get("target"), r.get("verdict")));
        }
        return out.toString();
    }
}
