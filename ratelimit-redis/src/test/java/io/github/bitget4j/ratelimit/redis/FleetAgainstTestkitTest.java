package io.github.bitget4j.ratelimit.redis;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import io.lettuce.core.RedisClient;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two clients standing for two processes, one API key, one Redis: together they stay inside Bitget's limit. */
class FleetAgainstTestkitTest {

    static RedisServer redis;
    static TestkitServer server;

    @BeforeAll
    static void start() throws Exception {
        redis = RedisServer.start();
        server = TestkitServer.builder().enforceRateLimits(true).start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (redis != null) {
            redis.close();
        }
    }

    private static ClientOptions options(TestCredentials key, String machine) {
        // the two-line setup of the README: the dependency, and where Redis is
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key.apiKey()).apiSecret(key.apiSecret())
                .apiPass(key.apiPass())
                .rateLimiterProperties(Map.of(RedisRateLimiterProvider.URI, redis.uri(), RedisRateLimiterProvider.MACHINE, machine))
                .build();
    }

    @Test
    void twoProcessesOnOneKeyMeetNo429() throws Exception {
        TestCredentials key = server.createHmacKey();
        var outcomes = new ArrayList<Future<Object>>();
        try (var first = new RestClientV2(options(key, "a")); var second = new RestClientV2(options(key, "b"));
             var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            // warm: a cold client's first request may leave long after its permit (see RateLimitingTest in api)
            first.getSpotAccountAssets();
            second.getSpotAccountAssets();
            for (int i = 0; i < 24; i++) { // place-order allows 10/s per UID
                RestClientV2 client = i % 2 == 0 ? first : second;
                String clientOid = "fleet-" + System.nanoTime() + "-" + i;
                outcomes.add(threads.submit(() -> {
                    try {
                        return client.spotSubmitOrder(SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                                .orderType(OrderType.LIMIT).force(TimeInForce.GTC).price(new BigDecimal("1000"))
                                .size(new BigDecimal("0.001")).clientOid(clientOid).build());
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(120, TimeUnit.SECONDS));
            }
            assertThat(results).noneMatch(r -> r instanceof Throwable);
        }
        assertThat(server.rateLimitRefusals()).isZero();
        assertThat(server.openOrders(key.apiKey())).hasSize(24);
        assertKeysNeverHoldTheApiKey(key.apiKey());
    }

    private static void assertKeysNeverHoldTheApiKey(String apiKey) {
        RedisClient client = RedisClient.create(redis.uri());
        try (var connection = client.connect()) {
            List<String> keys = connection.sync().keys("*");
            assertThat(keys).isNotEmpty().allSatisfy(k -> assertThat(k).startsWith("bitget4j:rl:").doesNotContain(apiKey));
        } finally {
            client.shutdown();
        }
    }
}
