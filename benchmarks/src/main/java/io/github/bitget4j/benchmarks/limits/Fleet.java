package io.github.bitget4j.benchmarks.limits;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import io.github.bitget4j.spi.RateLimiterProvider;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Four JVMs on one key sharing their budget through Redis (a {@code redis-server} started here). Each member builds
 * its client, warms it up (a few calls and orders) and says {@value #READY}; once all are ready the parent sends
 * {@value #GO} to all at once and each places orders for the same window, so that JVM start and warm-up stay out of
 * the figures. Then the Redis limiter's own cost per permit is measured alone.
 */
final class Fleet {

    static final String READY = "ready";
    static final String GO = "go";
    private static final int MEMBERS = 4;
    private static final int CALLERS = 500;

    private Fleet() {
    }

    static String run(TestkitServer server, Duration duration, int limit) throws Exception {
        Path dir = Files.createTempDirectory("bitget4j-redis");
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Process redis;
        try {
            redis = new ProcessBuilder("redis-server", "--port", Integer.toString(port), "--bind", "127.0.0.1", "--save", "",
                    "--appendonly", "no", "--dir", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("redis.log").toFile()).start();
        } catch (IOException e) {
            return MEMBERS + " JVMs through Redis: skipped, redis-server is not installed (apt-get install redis-server)\n";
        }
        var members = new ArrayList<Process>();
        var readers = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();
        try {
            String uri = "redis://127.0.0.1:" + port;
            waitForPort(port);
            TestCredentials key = server.createHmacKey();
            String java = ProcessHandle.current().info().command().orElse("java");
            var lastLines = new ArrayList<CompletableFuture<String>>();
            var ready = new ArrayList<CompletableFuture<Void>>();
            for (int i = 0; i < MEMBERS; i++) {
                Process member = new ProcessBuilder(java, "-Xmx256m", "-Dslf4j.internal.verbosity=ERROR", "-cp",
                        System.getProperty("java.class.path"), "io.github.bitget4j.benchmarks.BenchMain", "limits", "member",
                        server.baseUrl(), key.apiKey(), key.apiSecret(), key.apiPass(), uri, Long.toString(duration.toSeconds()),
                        "machine-" + i).redirectError(ProcessBuilder.Redirect.INHERIT).start();
                members.add(member);
                var isReady = new CompletableFuture<Void>();
                ready.add(isReady);
                // a thread each: the common pool may have a single thread on a small machine, and readers block
                lastLines.add(CompletableFuture.supplyAsync(() -> readUntilEnd(member, isReady), readers));
            }
            long coldStart = System.nanoTime();
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(10, TimeUnit.MINUTES);
            double warmSeconds = (System.nanoTime() - coldStart) / 1e9;
            Thread.sleep(2_000); // the warm-up orders leave Bitget's window
            long goMillis = System.currentTimeMillis();
            for (Process member : members) {
                OutputStream in = member.getOutputStream();
                in.write((GO + "\n").getBytes(StandardCharsets.US_ASCII));
                in.flush();
            }
            long placed = 0;
            long refused = 0;
            long throttled = 0;
            long other = 0;
            long first = Long.MAX_VALUE;
            long last = 0;
            var lines = new StringBuilder();
            for (int i = 0; i < MEMBERS; i++) {
                String line = lastLines.get(i).get(duration.toSeconds() + 600, TimeUnit.SECONDS);
                members.get(i).waitFor(60, TimeUnit.SECONDS);
                OrderLoad.Outcome outcome = OrderLoad.Outcome.parse(line);
                lines.append("  member ").append(i).append(": ").append(line).append('\n');
                placed += outcome.placed();
                refused += outcome.refused429();
                throttled += outcome.throttled();
                other += outcome.otherFailures();
                if (outcome.placed() > 0) {
                    first = Math.min(first, outcome.firstAt());
                    last = Math.max(last, outcome.lastAt());
                }
            }
            double rate = placed / (double) duration.toSeconds();
            // as for one process: between the first and the last order placed, fleet-wide (leaves out the start-up)
            double steady = placed < 2 ? 0 : (placed - 1) / ((last - first) / 1e3);
            return String.format(Locale.ROOT, "%d JVMs x %d callers through Redis, %d s window after a common start "
                    + "(members ready %.1f s after launch): placed=%d refused429=%d throttled=%d other=%d "
                    + "combined rate over the window=%.2f/s (%.1f%% of the limit), between the first and last order placed=%.2f/s "
                    + "(%.1f%%, first order %.1f s into the window)%n", MEMBERS, CALLERS, duration.toSeconds(), warmSeconds,
                    placed, refused, throttled, other, rate, 100 * rate / limit, steady, 100 * steady / limit,
                    placed == 0 ? 0 : (first - goMillis) / 1e3)
                    + lines + "  Redis limiter cost per permit (uncontended budget, permit + answer): " + latency(uri) + "\n";
        } finally {
            members.forEach(Process::destroyForcibly);
            readers.shutdownNow();
            redis.destroy();
            redis.waitFor();
        }
    }

    /** Reads a member's output to its end: completes {@code ready} on its ready line, returns its last line. */
    private static String readUntilEnd(Process member, CompletableFuture<Void> ready) {
        String last = "";
        try (var out = new BufferedReader(new InputStreamReader(member.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.equals(READY)) {
                    ready.complete(null);
                } else {
                    last = line;
                }
            }
        } catch (IOException e) {
            ready.completeExceptionally(e);
            throw new java.io.UncheckedIOException(e);
        }
        ready.completeExceptionally(new IllegalStateException("member ended before it was ready: " + last));
        return last;
    }

    /** A fleet member (its own JVM): builds and warms its client, waits for the common start, then one line of counts. */
    static void member(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(Long.parseLong(args[7]));
        ClientOptions options = ClientOptions.builder().baseUrl(args[2]).apiKey(args[3]).apiSecret(args[4]).apiPass(args[5])
                .maxConnections(256).rateLimitMaxWait(duration)
                .rateLimiterProperties(Map.of("redis.uri", args[6], "redis.machine", args[8])).build();
        var client = new RestClientV2(options);
        for (int i = 0; i < 5; i++) { // class loading, connections, the Redis scripts, JSON of an order
            client.getSpotAccountAssets();
            client.spotSubmitOrder(OrderLoad.order("warm-" + i));
        }
        System.out.println(READY);
        System.out.flush();
        var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        if (!GO.equals(in.readLine())) {
            System.exit(1);
        }
        System.out.println(OrderLoad.window(client, CALLERS, duration).line());
        System.out.flush();
        Runtime.getRuntime().halt(0); // callers still parked for a permit are of no interest
    }

    private static String latency(String uri) throws InterruptedException {
        RateLimiterProvider provider = ServiceLoader.load(RateLimiterProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("redis")).findFirst().orElseThrow();
        var key = new RateLimitKey("latency-probe", new RateLimit(1_000_000, Duration.ofSeconds(1), RateLimit.Scope.UID, "probe"));
        long[] nanos = new long[3_000];
        try (RateLimiter limiter = provider.create(Map.of("redis.uri", uri))) {
            for (int i = -500; i < nanos.length; i++) { // the first 500 warm up
                long start = System.nanoTime();
                limiter.tryAcquire(key, Duration.ofSeconds(1));
                limiter.answered(key);
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "p50 %.0f us, p99 %.0f us", nanos[nanos.length / 2] / 1e3,
                nanos[nanos.length * 99 / 100] / 1e3);
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                socket.shutdownOutput(); // a connection is all we wanted to know
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start");
    }
}
