package io.github.bitget4j.faults;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testkit.TestkitServer;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** A testkit server per class, and many order POSTs told apart by clientOid on both sides. */
abstract class RestFaultFixture {

    static final String PLACE_ORDER = "/api/v2/spot/trade/place-order";
    private static final Pattern CLIENT_OID = Pattern.compile("\"clientOid\":\"([^\"]+)\"");

    static TestkitServer server;

    @BeforeAll
    static void startServer() {
        server = TestkitServer.builder().initialBalance("USDT", new BigDecimal("100000000")).start();
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.faults().clear();
        server.clearRequests();
    }

    static ClientOptions.Builder optionsFor(TestCredentials key) {
        // these tests put many orders on the wire at once to see what becomes of each: Bitget's limits would queue them
        return ClientOptions.builder().baseUrl(server.baseUrl()).rateLimiting(false)
                .apiKey(key.apiKey()).apiSecret(key.apiSecret()).apiPass(key.apiPass());
    }

    /** A buy far below the market: it rests and never trades. */
    static SpotOrderRequest restingBuy(String clientOid) {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("1000")).size(new BigDecimal("0.01"))
                .clientOid(clientOid).build();
    }

    /** The clientOids of the order POSTs the server received. */
    static Set<String> receivedClientOids() {
        return server.requests(PLACE_ORDER).stream().map(RecordedRequest::bodyText).map(CLIENT_OID::matcher)
                .filter(Matcher::find).map(m -> m.group(1)).collect(Collectors.toSet());
    }

    /** Places {@code count} orders at once on virtual threads; returns each clientOid's outcome (result or exception). */
    static Map<String, Object> placeAtOnce(RestClientV2 client, int count, String prefix, ExecutorService threads) {
        Map<String, Object> outcomes = new ConcurrentHashMap<>();
        for (int i = 0; i < count; i++) {
            String clientOid = prefix + "-" + i;
            threads.submit(() -> {
                try {
                    outcomes.put(clientOid, client.spotSubmitOrder(restingBuy(clientOid)));
                } catch (RuntimeException e) {
                    outcomes.put(clientOid, e);
                }
            });
        }
        return outcomes;
    }

    static ExecutorService virtualThreads() {
        return Executors.newVirtualThreadPerTaskExecutor();
    }

    static void awaitAll(ExecutorService threads) throws InterruptedException {
        threads.shutdown();
        if (!threads.awaitTermination(120, TimeUnit.SECONDS)) {
            throw new AssertionError("calls still running after 120 s");
        }
    }

    static Map<Fates, Long> countByFate(Map<String, Object> outcomes) {
        return outcomes.values().stream().collect(Collectors.groupingBy(Fates::of, Collectors.counting()));
    }
}
