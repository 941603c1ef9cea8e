package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.testkit.BitgetTestClient.Answer;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest {

    private static final String TIME = "/api/v2/public/time";
    private static final String TICKERS = "/api/v2/spot/market/tickers";

    private TestkitServer server;
    private BitgetTestClient client;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void rateLimitAnswers429WithBitgetBodyForTheNextNRequestsOnly() {
        server.faults().rateLimit(TIME, 2);
        for (int i = 0; i < 2; i++) {
            Answer answer = client.publicGet(TIME, "");
            assertThat(answer.status()).isEqualTo(429);
            assertThat(answer.code()).isEqualTo("429");
            assertThat(answer.msg()).isEqualTo("Too Many Requests");
        }
        assertThat(client.publicGet(TIME, "").status()).isEqualTo(200);
    }

    @Test
    void aRateLimitFaultSendsRetryAfterOnlyWhenGivenOne() throws Exception {
        server.faults().rateLimit(TIME, 1, Duration.ofMillis(2_500)).rateLimit(TIME, 1);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + TIME)).build();
        HttpResponse<String> first = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).isEqualTo(429);
        assertThat(first.headers().firstValue("Retry-After")).as("whole seconds, rounded up").hasValue("3");
        HttpResponse<String> second = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(second.statusCode()).isEqualTo(429);
        assertThat(second.headers().firstValue("Retry-After")).isEmpty();
    }

    @Test
    void anEnforcedLimitAnswers429WithRetryAfter() throws Exception {
        String oncePerSecond = "/api/v2/mix/market/taker-buy-sell"; // Bitget: 1/s per IP
        server.setRateLimitsEnforced(true);
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + oncePerSecond + "?symbol=BTCUSDT")).build();
        HttpResponse<String> refused = null;
        for (int i = 0; i < 50 && refused == null; i++) { // two in a row within a second: on a busy machine, maybe not the first two
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 429) {
                refused = response;
            }
        }
        assertThat(refused).as("a second request within a second is refused").isNotNull();
        assertThat(refused.body()).contains("\"code\":\"429\"");
        assertThat(refused.headers().firstValue("Retry-After")).as("the wait until the window has room, at most 1 s")
                .hasValue("1");
        assertThat(server.rateLimitRefusals()).isPositive();
    }

    @Test
    void faultOnOnePathLeavesOtherPathsAlone() {
        server.faults().rateLimit(TIME, Faults.UNTIL_CLEARED);
        assertThat(client.publicGet(TICKERS, "").status()).isEqualTo(200);
        assertThat(client.publicGet(TIME, "").status()).isEqualTo(429);
        assertThat(client.publicGet(TIME, "").status()).isEqualTo(429);
        server.faults().clear();
        assertThat(client.publicGet(TIME, "").status()).isEqualTo(200);
    }

    @Test
    void html502AnswersWithAnHtmlPage() throws Exception {
        server.faults().html502(Faults.ANY_PATH, 1);
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + TICKERS)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
        assertThat(response.body()).startsWith("<html>").contains("502 Bad Gateway");
        assertThat(client.publicGet(TICKERS, "").status()).isEqualTo(200);
    }

    @Test
    void empty503AnswersWithAnEmptyBody() {
        server.faults().empty503(TIME, 1);
        Answer answer = client.publicGet(TIME, "");
        assertThat(answer.status()).isEqualTo(503);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void dropConnectionClosesWithoutAnyResponseBytes() throws Exception {
        server.faults().dropConnection(TIME, 1);
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + TIME + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            assertThat(in.readAllBytes()).isEmpty();
        }
        assertThat(server.requests(TIME)).singleElement().satisfies(r -> {
            assertThat(r.status()).isZero();
            assertThat(r.code()).isNull();
        });
        assertThat(client.publicGet(TIME, "").status()).isEqualTo(200);
    }

    @Test
    void faultsApplyBeforeSignatureChecks() {
        server.faults().rateLimit("/api/v2/spot/account/assets", 1);
        Answer answer = client.send("GET", "/api/v2/spot/account/assets", "", "", Map.of());
        assertThat(answer.status()).isEqualTo(429);
        assertThat(client.send("GET", "/api/v2/spot/account/assets", "", "", Map.of()).code()).isEqualTo("40001");
    }

    @Test
    void pathLatencyDelaysOnlyThatPath() throws Exception {
        server.faults().latency(TIME, Duration.ofSeconds(60));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        CompletableFuture<HttpResponse<String>> delayed = http.sendAsync(
                HttpRequest.newBuilder(URI.create(server.baseUrl() + TIME)).build(), HttpResponse.BodyHandlers.ofString());
        awaitRecorded(TIME, 1);

        // Order, not time: the other path answers while the delayed one (held 60 s) is still unanswered.
        assertThat(client.publicGet(TICKERS, "").status()).isEqualTo(200);
        assertThat(delayed).as("the delayed path's answer").isNotDone();
        delayed.cancel(true);
    }

    @Test
    void serverWideLatencyHoldsNoThreadPerWaitingRequest() throws Exception {
        int requests = 300;
        server.setLatency(Duration.ofSeconds(5)); // long enough that all 300 still wait when counted on a busy machine
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            answers.add(http.sendAsync(HttpRequest.newBuilder(URI.create(server.baseUrl() + TIME)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        awaitRecorded(TIME, requests);
        assertThat(server.requests(TIME)).hasSize(requests);
        // Threads inside testkit code: a thread held per waiting answer would be there. (Not the pool's size: a burst
        // may grow the pool, whose idle threads then linger, holding nothing.)
        long holdingThreads = Thread.getAllStackTraces().entrySet().stream()
                .filter(t -> t.getKey().getName().startsWith("bitget4j-testkit"))
                .filter(t -> Arrays.stream(t.getValue()).anyMatch(f -> f.getClassName().startsWith("io.github.bitget4j.testkit")))
                .count();
        assertThat(holdingThreads).as("threads in testkit code while %d answers wait", requests).isLessThan(requests / 4);

        for (CompletableFuture<HttpResponse<String>> answer : answers) {
            assertThat(answer.get().statusCode()).isEqualTo(200);
        }
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
    }

    /** Waits (up to 30 s, generous for a busy machine) until the server has recorded {@code count} requests to the path. */
    private void awaitRecorded(String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.requests(path).size() < count) {
            assertThat(System.nanoTime()).as("%d requests to %s recorded", count, path).isLessThan(deadline);
            Thread.sleep(5);
        }
    }
}
