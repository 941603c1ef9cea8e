package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.ApiResponse;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.internal.PercentEncoder;
import io.github.bitget4j.model.OrderIds;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every awkward character goes through the whole pipeline and the server's signature check passes: the
 * query and body that were signed are byte for byte the ones that arrived.
 */
class AwkwardCharactersTest extends TestkitFixture {

    private static TestCredentials hmac;
    private static TestCredentials rsa;

    @BeforeAll
    static void keys() {
        hmac = server.createHmacKey();
        rsa = server.createRsaKey();
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {" ", "/", ",", "+", "'", "!", "*", "~", "(", ")", "=", "&", "ü", "€", "😀",
            "a b/c,d+e'f!g*h~i(j)k=l&mü€😀", "%20", "?#[]@:;$"})
    void signedQueryValuesVerifyOnTheServer(String value) {
        for (TestCredentials key : new TestCredentials[] {hmac, rsa}) {
            server.clearRequests();
            try (var client = new RestClientV2(optionsFor(key).build())) {
                ApiResponse<?> response = client.getPrivate("/api/v2/spot/account/assets",
                        Map.of("assetType", "all", "coin", value));
                assertThat(response.code()).isEqualTo("00000");
            }
            RecordedRequest request = server.requests().get(0);
            assertThat(request.rawQuery()).isEqualTo("assetType=all&coin=" + PercentEncoder.encode(value));
        }
    }

    @ParameterizedTest(name = "[{0}]")
    @ValueSource(strings = {"a b/c,d+e'f!g*h~i(j)k=l&m", "ü€😀", "<script>&amp;'\"\\"})
    void signedBodiesVerifyOnTheServerAndKeepTheCharacters(String awkward) {
        try (var client = new RestClientV2(optionsFor(hmac).build())) {
            String clientOid = "oid-" + awkward + "-" + System.nanoTime();
            OrderIds placed = client.spotSubmitOrder(SpotOrderRequest.builder()
                    .symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.GTC)
                    .price(new BigDecimal("1000")).size(new BigDecimal("0.001")).clientOid(clientOid).build()).data();
            assertThat(placed.clientOid()).isEqualTo(clientOid);
            assertThat(server.order(hmac.apiKey(), placed.orderId())).get()
                    .satisfies(order -> assertThat(order.clientOid()).isEqualTo(clientOid));
        }
    }
}
