package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetServiceException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotAssetsRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.RecordedRequest;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole requests made at a fixed timestamp must carry exactly the signatures openssl computed for them
 * (src/test/resources/e2e-vectors.tsv), and the bytes the server received must be exactly the signed ones.
 */
class SignatureVectorsEndToEndTest extends TestkitFixture {

    private static final long TIMESTAMP = 1_695_806_875_837L;
    private static final String PASS = "vector-pass";

    record Vector(String name, String prehash, String hmac, String rsa) {
    }

    private static final Map<String, Vector> VECTORS = resource("e2e-vectors.tsv").lines()
            .filter(line -> !line.startsWith("#"))
            .map(line -> line.split("\t"))
            .map(f -> new Vector(f[0], f[1], f[2], f[3]))
            .collect(Collectors.toMap(Vector::name, v -> v));

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"hmac", "rsa"})
    void everyRequestCarriesTheSignatureOpensslComputedOverTheExactBytesSent(String kind) {
        String apiKey = "bg_vector_" + kind;
        String secret;
        if (kind.equals("hmac")) {
            secret = resource("keys/hmac-secret-ascii.txt").strip();
            server.registerHmacKey(apiKey, secret, PASS, false);
        } else {
            secret = resource("keys/rsa2048-pkcs8.pem");
            server.registerRsaPublicKey(apiKey, testRsaPublicKey(), PASS, false);
        }
        ClientOptions options = ClientOptions.builder().baseUrl(server.baseUrl()).apiKey(apiKey).apiSecret(secret)
                .apiPass(PASS).clock(InstantSource.fixed(Instant.ofEpochMilli(TIMESTAMP))).build();
        try (var v2 = new RestClientV2(options); var v3 = new RestClientV3(options)) {
            check(VECTORS.get("m1"), kind, () -> v2.getSpotAccountAssets(SpotAssetsRequest.ofCoin("USDT")));
            check(VECTORS.get("m2"), kind, () -> v2.spotSubmitOrder(SpotOrderRequest.builder()
                    .symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
                    .price(new BigDecimal("27000.5")).size(new BigDecimal("0.001")).clientOid("ü€😀 <&>").build()));
            check(VECTORS.get("m3"), kind, v3::getBalances);
        }
    }

    /** The fixed timestamp is years old, so the server verifies the headers and then answers 40008. */
    private static void check(Vector vector, String kind, Runnable call) {
        server.clearRequests();
        assertThatThrownBy(call::run).isInstanceOfSatisfying(BitgetServiceException.class,
                e -> assertThat(e.isClockSkew()).as(e.getMessage()).isTrue());
        List<RecordedRequest> recorded = server.requests();
        assertThat(recorded).hasSize(1);
        RecordedRequest request = recorded.get(0);
        String sentPrehash = request.header("ACCESS-TIMESTAMP") + request.method() + request.pathAndQuery()
                + new String(request.body(), StandardCharsets.UTF_8);
        assertThat(sentPrehash).isEqualTo(vector.prehash());
        assertThat(request.header("ACCESS-SIGN")).isEqualTo(kind.equals("hmac") ? vector.hmac() : vector.rsa());
    }

}
