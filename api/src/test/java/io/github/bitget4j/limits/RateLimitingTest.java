package io.github.bitget4j.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.Auth;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetConfigurationException;
import io.github.bitget4j.errors.BitgetRateLimitException;
import io.github.bitget4j.errors.BitgetThrottledException;
import io.github.bitget4j.errors.RequestFate;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.spi.RateLimit;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client's rate limiter against a testkit that answers 429 beyond Bitget's limits, as Bitget does. */
class RateLimitingTest {

    private static final String ASSETS = "/api/v2/spot/account/assets";
    private static final String PLACE_ORDER = "/api/v2/spot/trade/place-order";
    /** A real endpoint declared with a budget of one call a minute: a second call can only be throttled. */
    private static final Endpoint<Object> ONE_A_MINUTE = Endpoint.get(ASSETS, Auth.PRIVATE, Object.class)
            .withRateLimit(1, Duration.ofMinutes(1), RateLimit.Scope.UID);

    static TestkitServer server;

    @BeforeAll
    static void start() {
        server = TestkitServer.builder().enforceRateLimits(true).start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static ClientOptions.Builder optionsFor(TestCredentials key) {
        return ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key.apiKey()).apiSecret(key.apiSecret())
                .apiPass(key.apiPass());
    }

    private static SpotOrderRequest restingBuy(int i) {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("1000")).size(new BigDecimal("0.001"))
                .clientOid("rl-" + System.nanoTime() + "-" + i).build();
    }

    /** Places {@code count} orders at once from virtual threads; returns each outcome (a result or an exception). */
    private static List<Object> placeAtOnce(RestClientV2 client, int count) throws Exception {
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            var futures = new java.util.ArrayList<Future<Object>>();
            for (int i = 0; i < count; i++) {
                int n = i;
                futures.add(threads.submit(() -> {
                    try {
                        return client.spotSubmitOrder(restingBuy(n));
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            var outcomes = new java.util.ArrayList<Object>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(120, TimeUnit.SECONDS));
            }
            return outcomes;
        }
    }

    @Test
    void callersBeyondTheLimitWaitForTheirTurnAndNoneIsRefused() throws Exception {
        TestCredentials key = server.createHmacKey();
        long refusedBefore = server.rateLimitRefusals();
        try (var client = new RestClientV2(optionsFor(key).build())) {
            // cold on purpose: a first request can leave long after its permit, which is why windows count from answers
            List<Object> outcomes = placeAtOnce(client, 25); // place-order allows 10/s per UID: 2.5 windows' worth
            assertThat(outcomes).noneMatch(o -> o instanceof Throwable);
        }
        assertThat(server.requests(PLACE_ORDER).stream().filter(r -> r.status() == 429)).isEmpty();
        assertThat(server.rateLimitRefusals()).isEqualTo(refusedBefore);
        assertThat(server.openOrders(key.apiKey())).hasSize(25);
    }

    @Test
    void withoutTheLimiterTheSameCallersMeet429s() throws Exception {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).rateLimiting(false).build())) {
            List<Object> outcomes = placeAtOnce(client, 60);
            assertThat(outcomes).anySatisfy(o -> assertThat(o).isInstanceOfSatisfying(BitgetRateLimitException.class,
                    e -> assertThat(e.bodyText()).contains("\"code\":\"429\"", "\"msg\":\"Too Many Requests\"")));
            long refused = outcomes.stream().filter(o -> o instanceof BitgetRateLimitException).count();
            assertThat(server.openOrders(key.apiKey())).as("a 429 is not carried out").hasSize(60 - (int) refused);
        }
    }

    @Test
    void aCallThatWouldWaitLongerThanAllowedIsNotSent() {
        TestCredentials key = server.createHmacKey();
        server.clearRequests();
        try (var client = new RestClientV2(optionsFor(key).rateLimitMaxWait(Duration.ofSeconds(1)).build())) {
            client.call(ONE_A_MINUTE, Map.of());
            assertThatThrownBy(() -> client.call(ONE_A_MINUTE, Map.of()))
                    .isInstanceOfSatisfying(BitgetThrottledException.class, e -> {
                        assertThat(e.requestFate()).isEqualTo(RequestFate.NOT_SENT);
                        assertThat(e.retryable()).isTrue();
                        assertThat(e.maxWait()).isEqualTo(Duration.ofSeconds(1));
                    })
                    .hasMessageContaining("rateLimitMaxWait");
        }
        assertThat(server.requests(ASSETS)).hasSize(1);
    }

    @Test
    void clientsOnTheSameKeyShareOneBudgetAndOtherKeysHaveTheirOwn() {
        TestCredentials key = server.createHmacKey();
        ClientOptions options = optionsFor(key).rateLimitMaxWait(Duration.ZERO).build();
        try (var first = new RestClientV2(options); var second = new RestClientV2(options);
             var otherKey = new RestClientV2(optionsFor(server.createHmacKey()).rateLimitMaxWait(Duration.ZERO).build())) {
            first.call(ONE_A_MINUTE, Map.of());
            assertThatThrownBy(() -> second.call(ONE_A_MINUTE, Map.of())).isInstanceOf(BitgetThrottledException.class);
            otherKey.call(ONE_A_MINUTE, Map.of());
        }
    }

    @Test
    void a429FromBitgetPausesTheBudgetForAWindow() {
        TestCredentials key = server.createHmacKey();
        Endpoint<Object> hundredAMinute = Endpoint.get(ASSETS, Auth.PRIVATE, Object.class)
                .withRateLimit(100, Duration.ofMinutes(1), RateLimit.Scope.UID, "rl-test-429");
        server.faults().rateLimit(ASSETS, 1);
        server.clearRequests();
        try (var client = new RestClientV2(optionsFor(key).rateLimitMaxWait(Duration.ofSeconds(1)).build())) {
            assertThatThrownBy(() -> client.call(hundredAMinute, Map.of())).isInstanceOf(BitgetRateLimitException.class);
            assertThatThrownBy(() -> client.call(hundredAMinute, Map.of()))
                    .as("99 permits were left, but Bitget said stop: the budget waits out the window")
                    .isInstanceOf(BitgetThrottledException.class);
        } finally {
            server.faults().clear();
        }
        assertThat(server.requests(ASSETS)).hasSize(1);
    }

    @Test
    void turnedOffTheClientSendsWhateverItIsGiven() {
        TestCredentials key = server.createHmacKey();
        server.clearRequests();
        try (var client = new RestClientV2(optionsFor(key).rateLimiting(false).build())) {
            for (int i = 0; i < 3; i++) {
                client.call(ONE_A_MINUTE, Map.of());
            }
        }
        assertThat(server.requests(ASSETS)).hasSize(3);
    }

    @Test
    void anUnknownLimiterNameFailsWithTheCandidatesListed() {
        assertThatThrownBy(() -> new RestClientV2(ClientOptions.builder().rateLimiterProvider("nope").build()))
                .isInstanceOf(BitgetConfigurationException.class)
                .hasMessageContaining("No RateLimiterProvider fits")
                .hasMessageContaining("in-process");
    }
}
