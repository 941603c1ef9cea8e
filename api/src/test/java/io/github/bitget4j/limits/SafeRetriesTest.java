package io.github.bitget4j.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RetryPolicy;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetServerException;
import io.github.bitget4j.errors.RequestFate;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Automatic re-sends: only what cannot act twice. */
class SafeRetriesTest {

    private static final String ASSETS = "/api/v2/spot/account/assets";
    private static final String PLACE_ORDER = "/api/v2/spot/trade/place-order";
    private static final RetryPolicy QUICK = RetryPolicy.of(3, Duration.ofMillis(10), Duration.ofMillis(50));

    static TestkitServer server;
    TestCredentials key;

    @BeforeAll
    static void start() {
        server = TestkitServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void reset() {
        server.faults().clear();
        server.clearRequests();
        key = server.createHmacKey();
    }

    private RestClientV2 client(RetryPolicy policy) {
        return new RestClientV2(ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(key.apiKey())
                .apiSecret(key.apiSecret()).apiPass(key.apiPass()).retryPolicy(policy).build());
    }

    private static SpotOrderRequest restingBuy() {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("1000")).size(new BigDecimal("0.001"))
                .clientOid("retry-" + System.nanoTime()).build();
    }

    @Test
    void aGetThatMetA5xxIsSentAgainAndSucceeds() {
        server.faults().empty503(ASSETS, 2);
        try (var client = client(QUICK)) {
            assertThat(client.getSpotAccountAssets().data()).isNotEmpty();
        }
        assertThat(server.requests(ASSETS)).extracting(r -> r.status()).containsExactly(503, 503, 200);
    }

    @Test
    void withoutAPolicyNothingIsSentAgain() {
        server.faults().empty503(ASSETS, 1);
        try (var client = client(RetryPolicy.none())) {
            assertThatThrownBy(client::getSpotAccountAssets).isInstanceOf(BitgetServerException.class);
        }
        assertThat(server.requests(ASSETS)).hasSize(1);
    }

    @Test
    void aGetGivesUpAfterMaxAttempts() {
        server.faults().empty503(ASSETS, 10);
        try (var client = client(QUICK)) {
            assertThatThrownBy(client::getSpotAccountAssets).isInstanceOf(BitgetServerException.class);
        }
        assertThat(server.requests(ASSETS)).hasSize(3);
    }

    @Test
    void anOrderRefusedWith429IsSentAgainBecauseBitgetDidNotCarryItOut() {
        server.faults().rateLimit(PLACE_ORDER, 1);
        try (var client = client(QUICK)) {
            assertThat(client.spotSubmitOrder(restingBuy()).data().orderId()).isNotBlank();
        }
        assertThat(server.requests(PLACE_ORDER)).extracting(r -> r.status()).containsExactly(429, 200);
        assertThat(server.openOrders(key.apiKey())).hasSize(1);
    }

    @Test
    void anOrderThatMayHaveReachedBitgetIsNeverSentAgain() {
        server.faults().executedThen504(PLACE_ORDER, 1);
        try (var client = client(QUICK)) {
            assertThatThrownBy(() -> client.spotSubmitOrder(restingBuy()))
                    .satisfies(e -> assertThat(((io.github.bitget4j.errors.BitgetException) e).requestFate())
                            .isEqualTo(RequestFate.MAY_HAVE_REACHED_SERVER));
        }
        assertThat(server.requests(PLACE_ORDER)).hasSize(1);
        assertThat(server.openOrders(key.apiKey())).as("placed once, by the only request").hasSize(1);
    }

    @Test
    void anOrderWhoseConnectionDroppedIsNeverSentAgain() {
        server.faults().dropConnection(PLACE_ORDER, 1);
        try (var client = client(QUICK)) {
            assertThatThrownBy(() -> client.spotSubmitOrder(restingBuy()))
                    .isInstanceOfSatisfying(BitgetConnectionException.class,
                            e -> assertThat(e.requestFate()).isEqualTo(RequestFate.MAY_HAVE_REACHED_SERVER));
        }
        assertThat(server.requests(PLACE_ORDER)).hasSize(1);
    }

    @Test
    void aRequestThatCouldNotConnectIsSentAgainEvenAPost() throws Exception {
        int port;
        try (var probe = new java.net.ServerSocket(0)) {
            port = probe.getLocalPort(); // closed again: nothing listens there
        }
        var retries = new java.util.concurrent.CopyOnWriteArrayList<String>();
        var logger = java.util.logging.Logger.getLogger("io.github.bitget4j.trace");
        var handler = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord record) {
                retries.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Level level = logger.getLevel();
        logger.setLevel(java.util.logging.Level.ALL);
        logger.addHandler(handler);
        try (var client = new RestClientV2(ClientOptions.builder().baseUrl("http://127.0.0.1:" + port).apiKey(key.apiKey())
                .apiSecret(key.apiSecret()).apiPass(key.apiPass()).retryPolicy(QUICK).build())) {
            assertThatThrownBy(() -> client.spotSubmitOrder(restingBuy()))
                    .isInstanceOfSatisfying(BitgetConnectionException.class,
                            e -> assertThat(e.requestFate()).isEqualTo(RequestFate.NOT_SENT));
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }
        assertThat(retries).as("each retry is traced").hasSize(2)
                .allSatisfy(m -> assertThat(m).startsWith("retrying POST /api/v2/spot/trade/place-order"));
    }

    @Test
    void theSafetyRuleItself() {
        var answered503ToPost = new BitgetServerException("x", 503, null, null, java.util.Map.of(), new byte[0]);
        assertThat(RetryPolicy.safeToResend(answered503ToPost, "POST")).isFalse();
        assertThat(RetryPolicy.safeToResend(new BitgetConnectionException("refused", false, false, null), "POST")).isTrue();
        assertThat(RetryPolicy.safeToResend(new BitgetConnectionException("timeout", true, true, false, null), "POST"))
                .isFalse();
        assertThat(RetryPolicy.safeToResend(new BitgetConnectionException("timeout", true, true, true, null), "GET"))
                .isTrue();
        assertThat(RetryPolicy.safeToResend(new io.github.bitget4j.errors.BitgetThrottledException("x", Duration.ZERO),
                "GET")).as("the limiter already waited as long as allowed").isFalse();
    }

    @Test
    void theBackoffDoublesWithJitterUpToTheCapAndNeverUndercutsRetryAfter() {
        RetryPolicy policy = RetryPolicy.of(10, Duration.ofMillis(100), Duration.ofMillis(400));
        for (int i = 0; i < 50; i++) {
            assertThat(policy.delayBefore(1, null)).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(policy.delayBefore(2, null)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
            assertThat(policy.delayBefore(8, null)).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(policy.delayBefore(1, Duration.ofSeconds(2))).isEqualTo(Duration.ofSeconds(2));
        }
    }
}
