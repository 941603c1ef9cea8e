package io.github.bitget4j.benchmarks.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.benchmarks.Fixtures;
import io.github.bitget4j.spi.HttpRequest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness in its smallest form: a real server JVM on 127.0.0.1, a few hundred requests, no Node. */
class LoadHarnessSmokeTest {

    /** Each phase measures until this many calls ended, however slow the machine: no race with a time window. */
    private static final long MIN_CALLS = 20;

    @Test
    void sdkAndBareJettyBothGetSignedAnswersFromTheServerInItsOwnJvm() throws Exception {
        var phase = new InJvmPhase(new LatencyRecorder(10_000));
        try (ServerProcess server = ServerProcess.start()) {
            List<HttpRequest> preSigned = SdkCalls.capture(server.baseUrl());
            PhaseResult sdk;
            try (var calls = new SdkCalls(Fixtures.hmacOptions(server.baseUrl()).build())) {
                sdk = phase.run("sdk", 4, Duration.ofMillis(500), Duration.ofMillis(300), MIN_CALLS, calls);
            }
            PhaseResult raw;
            try (var calls = new RawJettyCalls(preSigned, 4)) {
                raw = phase.run("raw-jetty", 4, Duration.ofMillis(300), Duration.ofMillis(300), MIN_CALLS, calls);
            }
            assertThat(sdk.requests() + sdk.errors()).isGreaterThanOrEqualTo(MIN_CALLS);
            assertThat(raw.requests() + raw.errors()).isGreaterThanOrEqualTo(MIN_CALLS);
            assertThat(sdk.errors()).isZero();
            assertThat(raw.errors()).isZero();
            assertThat(sdk.p99Millis()).isGreaterThanOrEqualTo(sdk.p50Millis());
            assertThat(server.stats().get("badSignatures").getAsLong()).isZero();
        }
    }

    @Test
    void serverRefusesARequestWhoseSignatureDoesNotMatchWhatWasSent() throws Exception {
        try (ServerProcess server = ServerProcess.start()) {
            HttpRequest get = SdkCalls.capture(server.baseUrl()).get(0);
            var tampered = new HttpRequest(get.method(), get.url().replace("limit=100", "limit=99"), get.headers(),
                    get.body());
            try (var calls = new RawJettyCalls(List.of(tampered, tampered), 1)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> calls.run(0)).hasMessageContaining("40009");
            }
            assertThat(server.stats().get("badSignatures").getAsLong()).isEqualTo(1);
        }
    }

    @Test
    void manyVirtualCallersWithOneCallEachAllSucceedWithFewPlatformThreads() throws Exception {
        try (ServerProcess server = ServerProcess.start()) {
            var result = TenThousandCallers.run(server, 300, 300, Duration.ofMillis(20), 1_000);
            assertThat(result.errors()).isZero();
            assertThat(result.wallMillis()).isGreaterThanOrEqualTo(20);
            assertThat(result.peakPlatformThreads()).isLessThan(50);
            // three rounds by default, the median kept; both processes' CPU counted over the burst
            assertThat(result.roundWallMillis()).hasSize(3).contains(result.wallMillis());
            assertThat(result.clientCpuMillis()).isPositive();
            assertThat(result.serverCpuMillis()).isPositive();
        }
    }

    @Test
    void latencyChartHasABarPerPercentileOfEveryClient() {
        var results = List.of(new PhaseResult("sdk", 1, 10, 0, 100, 0.2, 0.3, 0.5, 50, 4, 20, 12),
                new PhaseResult("raw-jetty", 1, 10, 0, 120, 0.1, 0.2, 0.4, 30, 2, 20, 20));
        String svg = LatencyChart.svg(results, List.of(1), List.of("sdk", "raw-jetty", "node"), "test");
        assertThat(svg).startsWith("<svg").contains("sdk p99 C=1: 0.50 ms").contains("raw-jetty p50 C=1: 0.10 ms");
        assertThat(svg.split("<title>", -1)).hasSize(1 + 6); // 3 percentiles x 2 clients; no bar for the absent node
    }
}
