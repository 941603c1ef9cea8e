package io.github.bitget4j.benchmarks.limits;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.benchmarks.Results;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * {@code -Dbench=limits}: the figures of the rate limits issue, against a testkit enforcing Bitget's limits.
 * <ol>
 *   <li>one process, 10,000 virtual threads placing orders on one key: 429s without the limiter and with it,
 *       and the rate achieved against Bitget's 10 a second;</li>
 *   <li>four JVMs on one key sharing their budget through Redis ({@link Fleet}): 429s, combined rate, and the
 *       Redis limiter's own cost per call (p50, p99);</li>
 *   <li>a clock 60 s off Bitget's: private calls failing without the clock sync and with it.</li>
 * </ol>
 */
public final class RateLimitHarness {

    private static final int LIMIT = 10; // place-order, per UID per second
    /** {@code -Dbench.phases=one,fleet,clock} (default all): which of the three to run. */
    private static final String[] ALL_PHASES = {"one", "fleet", "clock"};

    private RateLimitHarness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 1 && args[1].equals("member")) {
            Fleet.member(args);
            return;
        }
        Duration duration = Duration.ofSeconds(Results.quick() ? 10 : 30);
        List<String> phases = List.of(System.getProperty("bench.phases", "").isBlank() ? ALL_PHASES
                : System.getProperty("bench.phases").split(","));
        var report = new StringBuilder("rate limit harness, " + duration.toSeconds() + " s phases, limit " + LIMIT
                + "/s per UID, load average " + loadAverage() + " at start\n");
        try (TestkitServer server = TestkitServer.builder().enforceRateLimits(true).recordLimit(0)
                .initialBalance("USDT", new BigDecimal("100000000")).start()) {
            if (phases.contains("one")) {
                TestCredentials off = server.createHmacKey();
                OrderLoad.Outcome without = OrderLoad.run(options(server, off).rateLimiting(false).build(), 10_000, duration);
                report.append("1 process, 10,000 callers, limiter off: ").append(without.line()).append('\n');
                TestCredentials on = server.createHmacKey();
                OrderLoad.Outcome with = OrderLoad.run(options(server, on).build(), 10_000, duration);
                report.append("1 process, 10,000 callers, limiter on:  ").append(with.line())
                        .append(String.format(Locale.ROOT, " (%.1f%% of the limit)%n", 100 * with.rate() / LIMIT));
            }
            if (phases.contains("fleet")) {
                report.append(Fleet.run(server, duration, LIMIT));
            }
            if (phases.contains("clock")) {
                report.append(clock(server));
            }
        }
        report.append("load average ").append(loadAverage()).append(" at the end\n");
        System.out.print(report);
        Results.writeText("rate-limits.txt", report.toString());
    }

    /** 1, 5 and 15 minutes, as {@code /proc/loadavg} says (the figures depend on how busy the machine was). */
    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static ClientOptions.Builder options(TestkitServer server, TestCredentials key) {
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key.apiKey()).apiSecret(key.apiSecret())
                .apiPass(key.apiPass()).maxConnections(256);
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
}
