package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.spi.SignerSpec;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Trace output, toString() and exception messages never contain a secret, a passphrase or a signature. */
class SecretsNeverLeakTest extends TestkitFixture {

    private final Logger traceLogger = Logger.getLogger("io.github.bitget4j.trace");
    private final List<String> logged = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record.getMessage());
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void captureTrace() {
        traceLogger.addHandler(capture);
        traceLogger.setLevel(Level.ALL);
    }

    @AfterEach
    void stopCapture() {
        traceLogger.removeHandler(capture);
    }

    @Test
    void traceLogsRequestsAndResponsesWithSecretsRedacted() {
        for (TestCredentials key : List.of(server.createHmacKey(), server.createRsaKey())) {
            logged.clear();
            server.clearRequests();
            ClientOptions options = optionsFor(key).trace(true).build();
            try (var v2 = new RestClientV2(options); var v3 = new RestClientV3(options)) {
                v3.getBalances();
                v2.spotSubmitOrder(SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                        .orderType(OrderType.LIMIT).force(TimeInForce.GTC).price(new BigDecimal("1000"))
                        .size(new BigDecimal("0.001")).build());
                assertThatThrownBy(() -> v2.getPrivate("/api/v2/spot/trade/orderInfo", java.util.Map.of("orderId", "1")))
                        .satisfies(e -> assertNoSecret(e.getMessage() + e, key, signatures()));
            }
            assertThat(logged).hasSizeGreaterThanOrEqualTo(6);
            assertThat(String.join("\n", logged))
                    .contains(">> GET", "<< 200", "/api/v3/account/assets", "ACCESS-SIGN=<redacted>",
                            "ACCESS-PASSPHRASE=<redacted>", "\"symbol\":\"BTCUSDT\"")
                    .satisfies(text -> assertNoSecret(text, key, signatures()));
        }
    }

    @Test
    void toStringOfEverythingThatHoldsASecretRedactsIt() {
        TestCredentials key = server.createRsaKey();
        ClientOptions options = optionsFor(key).keyPassword("pem-password").build();
        try (var client = new RestClientV3(options)) {
            String all = options + " " + options.toBuilder() + " " + client
                    + " " + new SignerSpec(key.apiSecret(), "pem-password", java.util.Map.of());
            assertNoSecret(all, key, List.of());
            assertThat(all).doesNotContain("pem-password");
            // the testkit's own credentials show the key id (a test identifier), never the secret or passphrase
            assertThat(key.toString()).doesNotContain(key.apiPass()).doesNotContain(key.apiSecret().lines().skip(1).findFirst().orElseThrow());
        }
    }

    @Test
    void traceIsOffUnlessAskedFor() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV3(optionsFor(key).trace(false).build())) {
            client.getBalances();
        }
        assertThat(logged).isEmpty();
    }

    private static List<String> signatures() {
        return server.requests().stream().map(r -> r.header("ACCESS-SIGN")).filter(s -> s != null).toList();
    }

    private static void assertNoSecret(String text, TestCredentials key, List<String> signatures) {
        assertThat(text).doesNotContain(key.apiPass()).doesNotContain(key.apiKey());
        // no line of the secret (a PEM has many) and no signature appears
        key.apiSecret().lines().filter(line -> line.length() > 20 && !line.startsWith("-----"))
                .forEach(line -> assertThat(text).doesNotContain(line));
        assertThat(text).doesNotContain(key.apiSecret().strip());
        signatures.forEach(signature -> assertThat(text).doesNotContain(signature));
        assertThat(signatures.isEmpty() || text.contains("<redacted>") || !text.contains("ACCESS-SIGN")).isTrue();
    }

}
