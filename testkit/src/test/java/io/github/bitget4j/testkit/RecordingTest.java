package io.github.bitget4j.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RecordingTest {

    private static final String PLACE = "/api/v2/spot/trade/place-order";

    private TestkitServer server;
    private BitgetTestClient client;
    private TestCredentials key;

    @BeforeEach
    void start() {
        server = TestkitServer.start();
        client = new BitgetTestClient(server.baseUrl());
        key = server.createHmacKey();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void recordsMethodPathRawQueryHeadersBodyAndOutcome() {
        Instant before = Instant.now();
        String body = "{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"5\",\"clientOid\":\"é\"}";
        client.post(key, PLACE, body);
        client.get(key, "/api/v2/spot/account/assets", "coin=BTC%2C");

        RecordedRequest post = server.requests(PLACE).getFirst();
        assertThat(post.method()).isEqualTo("POST");
        assertThat(post.rawQuery()).isEmpty();
        assertThat(post.body()).isEqualTo(body.getBytes(StandardCharsets.UTF_8));
        assertThat(post.bodyText()).isEqualTo(body);
        assertThat(post.header("access-key")).isEqualTo(key.apiKey());
        assertThat(post.header("ACCESS-PASSPHRASE")).isEqualTo(key.apiPass());
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.code()).isEqualTo("00000");
        assertThat(post.receivedAt()).isBetween(before, Instant.now());

        RecordedRequest get = server.requests().getLast();
        assertThat(get.path()).isEqualTo("/api/v2/spot/account/assets");
        assertThat(get.rawQuery()).isEqualTo("coin=BTC%2C");
        assertThat(get.pathAndQuery()).isEqualTo("/api/v2/spot/account/assets?coin=BTC%2C");
    }

    @Test
    void recordsRejectedAndFaultedRequestsWithTheirCodes() {
        client.send("GET", "/api/v2/spot/account/assets", "", "", Map.of("ACCESS-KEY", key.apiKey()));
        server.faults().rateLimit(PLACE, 1).html502(PLACE, 1);
        client.post(key, PLACE, "{}");
        client.post(key, PLACE, "{}");

        assertThat(server.requests()).extracting(RecordedRequest::status, RecordedRequest::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(400, "40002"),
                        org.assertj.core.groups.Tuple.tuple(429, "429"),
                        org.assertj.core.groups.Tuple.tuple(502, null));
    }

    @Test
    void filtersByPathAndClears() {
        client.publicGet("/api/v2/public/time", "");
        client.publicGet("/api/v3/public/time", "");
        client.publicGet("/api/v2/public/time", "");
        assertThat(server.requests("/api/v2/public/time")).hasSize(2);
        assertThat(server.requests()).hasSize(3);
        server.clearRequests();
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestRequestsBeyondTheLimit() {
        try (TestkitServer small = TestkitServer.builder().recordLimit(2).start()) {
            BitgetTestClient c = new BitgetTestClient(small.baseUrl());
            c.publicGet("/api/v2/public/time", "n=1");
            c.publicGet("/api/v2/public/time", "n=2");
            c.publicGet("/api/v2/public/time", "n=3");
            assertThat(small.requests()).extracting(RecordedRequest::rawQuery).containsExactly("n=2", "n=3");
        }
    }

    @Test
    void toStringRedactsSignatureAndPassphrase() {
        client.get(key, "/api/v2/spot/account/assets", "");
        RecordedRequest r = server.requests().getFirst();
        assertThat(r.toString()).contains(key.apiKey())
                .doesNotContain(key.apiPass())
                .doesNotContain(r.header("ACCESS-SIGN"));
    }
}
