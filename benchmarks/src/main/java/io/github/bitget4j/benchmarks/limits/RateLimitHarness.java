package io.github.bitget4j.benchmarks.limits;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.benchmarks.Results;
import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import io.github.bitget4j.spi.RateLimiterProvider;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * {@code -Dbench=limits}: the figures of the rate limits issue, against a testkit enforcing Bitget's limits.
 * <ol>
 *   <li>one process, 10,000 virtual threads placing orders on one key: 429s without the limiter and with it,
 *       and the rate achieved against Bitget's 10 a second;</li>
 *   <li>four JVMs on one key sharing their budget through Redis (a {@code redis-server} this harness starts):
 *       429s, combined rate, and the Redis limiter's own cost per call (p50, p99);</li>
 *   <li>a clock 60 s off Bitget's: private calls failing without the clock sync and with it.</li>
 * </ol>
 */
public final class RateLimitHarness {

    private static final int LIMIT = 10; // place-order, per UID per second

    private RateLimitHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("member")) {
            member(args);
            return;
        }
        Duration duration = Duration.ofSeconds(Results.quick() ? 10 : 30);
        var report = new StringBuilder("rate limit harness, " + duration.toSeconds() + " s phases, limit " + LIMIT + "/s per UID\n");
        try (TestkitServer server = TestkitServer.builder().enforceRateLimits(true).recordLimit(0)
                .initialBalance("USDT", new BigDecimal("100000000")).start()) {
            TestCredentials off = server.createHmacKey();
            OrderLoad.Outcome without = OrderLoad.run(options(server, off).rateLimiting(false).build(), 10_000, duration);
            report.append("1 process, 10,000 callers, limiter off: ").append(without.line()).append('\n');
            TestCredentials on = server.createHmacKey();
            OrderLoad.Outcome with = OrderLoad.run(options(server, on).build(), 10_000, duration);
            report.append("1 process, 10,000 callers, limiter on:  ").append(with.line())
                    .append(String.format(Locale.ROOT, " (%.1f%% of the limit)%n", 100 * with.rate() / LIMIT));
            report.append(fleet(server, duration));
            report.append(clock(server));
        }
        System.out.print(report);
        Results.writeText("rate-limits.txt", report.toString());
    }

    private static ClientOptions.Builder options(TestkitServer server, TestCredentials key) {
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key.apiKey()).apiSecret(key.apiSecret())
                .apiPass(key.apiPass()).maxConnections(256);
    }

    /** Four JVMs, 500 callers each, one key, one Redis. */
    private static String fleet(TestkitServer server, Duration duration) throws Exception {
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
        } catch (java.io.IOException e) {
            return "4 JVMs through Redis: skipped, redis-server is not installed (apt-get install redis-server)\n";
        }
        try {
            String uri = "redis://127.0.0.1:" + port;
            waitForPort(port);
            TestCredentials key = server.createHmacKey();
            String java = ProcessHandle.current().info().command().orElse("java");
            var members = new ArrayList<Process>();
            for (int i = 0; i < 4; i++) {
                members.add(new ProcessBuilder(java, "-Xmx256m", "-Dslf4j.internal.verbosity=ERROR", "-cp",
                        System.getProperty("java.class.path"), "io.github.bitget4j.benchmarks.BenchMain", "limits", "member",
                        server.baseUrl(), key.apiKey(), key.apiSecret(), key.apiPass(), uri, Long.toString(duration.toSeconds()),
                        "machine-" + i).redirectErrorStream(true).start());
            }
            long placed = 0;
            long refused = 0;
            long throttled = 0;
            long other = 0;
            var lines = new StringBuilder();
            for (Process member : members) {
                String last = "";
                try (var out = new BufferedReader(new InputStreamReader(member.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        last = line;
                    }
                }
                member.waitFor();
                OrderLoad.Outcome outcome = OrderLoad.Outcome.parse(last);
                lines.append("  member: ").append(last).append('\n');
                placed += outcome.placed();
                refused += outcome.refused429();
                throttled += outcome.throttled();
                other += outcome.otherFailures();
            }
            double rate = placed / (double) duration.toSeconds();
            String latency = redisLatency(uri);
            return String.format(Locale.ROOT, "4 JVMs x 500 callers through Redis: placed=%d refused429=%d throttled=%d other=%d "
                    + "combined rate=%.2f/s (%.1f%% of the limit)%n", placed, refused, throttled, other, rate, 100 * rate / LIMIT)
                    + lines + "  Redis limiter cost per permit (uncontended budget): " + latency + "\n";
        } finally {
            redis.destroy();
            redis.waitFor();
        }
    }

    /** A fleet member (its own JVM): 500 callers with the Redis limiter, then one line of counts. */
    private static void member(String[] args) throws Exception {
        ClientOptions options = ClientOptions.builder().baseUrl(args[2]).apiKey(args[3]).apiSecret(args[4]).apiPass(args[5])
                .rateLimiterProperties(Map.of("redis.uri", args[6], "redis.machine", args[8])).build();
        System.out.println(OrderLoad.run(options, 500, Duration.ofSeconds(Long.parseLong(args[7]))).line());
    }

    private static String redisLatency(String uri) throws InterruptedException {
        RateLimiterProvider provider = ServiceLoader.load(RateLimiterProvider.class).stream().map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals("redis")).findFirst().orElseThrow();
        var key = new RateLimitKey("latency-probe", new RateLimit(1_000_000, Duration.ofSeconds(1), RateLimit.Scope.UID, "probe"));
        long[] nanos = new long[3_000];
        try (RateLimiter limiter = provider.create(Map.of("redis.uri", uri))) {
            for (int i = -500; i < nanos.length; i++) { // the first 500 warm up
                long start = System.nanoTime();
                limiter.tryAcquire(key, Duration.ofSeconds(1));
                if (i >= 0) {
                    nanos[i] = System.nanoTime() - start;
                }
            }
        }
        Arrays.sort(nanos);
        return String.format(Locale.ROOT, "p50 %.0f us, p99 %.0f us", nanos[nanos.length / 2] / 1e3,
                nanos[nanos.length * 99 / 100] / 1e3);
    }

    /** 100 private calls with the machine clock 60 s behind Bitget's, without and with the clock sync. */
    private static String clock(TestkitServer server) {
        server.setClockOffset(Duration.ofSeconds(60));
        try {
            TestCredentials key = server.createHmacKey();
            return "clock 60 s off, 100 private calls: failing without sync=" + failures(options(server, key).build())
                    + ", with sync=" + failures(options(server, key).clockSync(true).build()) + "\n";
        } finally {
            server.setClockOffset(Duration.ZERO);
        }
    }

    private static int failures(ClientOptions options) {
        int failed = 0;
        try (var client = new RestClientV2(options)) {
            for (int i = 0; i < 100; i++) {
                try {
                    client.getSpotAccountAssets();
                } catch (RuntimeException e) {
                    failed++;
                }
            }
        }
        return failed;
    }

    private static void waitForPort(int port) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException("redis-server did not start");
    }
}
