package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.model.v2.SpotTickerRequest;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** HTTP-level options and the headers every request carries, as the server received them. */
class HttpOptionsTest extends TestkitFixture {

    private static final String PLACE_ORDER_V2 = "/api/v2/spot/trade/place-order";

    /** One public GET, one signed GET and one signed POST (the POST fails on purpose: no parameters). */
    private static void makeOneCallOfEachKind(RestClientV2 client) {
        client.getSpotTicker(SpotTickerRequest.of("BTCUSDT"));
        client.getSpotAccountAssets();
        failureOf(BitgetApiException.class, () -> client.postPrivate(PLACE_ORDER_V2, null));
    }

    @Test
    void withKeepAliveOffSequentialCallsAllSucceedAndEachAsksToCloseItsConnection() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).keepAlive(false).build())) {
            for (int i = 0; i < 5; i++) {
                assertThat(client.getSpotAccountAssets().data()).hasSize(3);
                assertThat(client.fetchServerTime()).isPositive();
            }
        }
        assertThat(server.requests()).hasSize(10)
                .allSatisfy(r -> assertThat(r.header("Connection")).isEqualToIgnoringCase("close"));
    }

    @Test
    void withKeepAliveOnByDefaultNoRequestAsksToCloseItsConnection() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            client.getSpotAccountAssets();
            client.getServerTime();
        }
        assertThat(server.requests()).hasSize(2)
                .allSatisfy(r -> assertThat(r.header("Connection")).isNotEqualToIgnoringCase("close"));
    }

    @Test
    void channelApiCodeIsSentAsXChannelApiCodeOnEveryRequest() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).channelApiCode("x1").build())) {
            makeOneCallOfEachKind(client);
        }
        assertThat(server.requests()).hasSize(3)
                .allSatisfy(r -> assertThat(r.header("X-CHANNEL-API-CODE")).isEqualTo("x1"));
    }

    @Test
    void withoutChannelApiCodeNoSuchHeaderIsSent() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            makeOneCallOfEachKind(client);
        }
        assertThat(server.requests()).hasSize(3)
                .allSatisfy(r -> assertThat(r.header("X-CHANNEL-API-CODE")).isNull());
    }

    @Test
    void everyRequestCarriesJsonContentTypeAndTheEnglishLocale() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key); var publicClient = new RestClientV2(publicOptions().build())) {
            makeOneCallOfEachKind(client);
            publicClient.getServerTime();
        }
        List<RecordedRequest> received = server.requests();
        assertThat(received).extracting(RecordedRequest::method).containsExactly("GET", "GET", "POST", "GET");
        assertThat(received).allSatisfy(r -> {
            assertThat(r.header("Content-Type")).isEqualTo("application/json");
            assertThat(r.header("locale")).isEqualTo("en-US");
        });
    }

    @Test
    void aV2PostWithoutParametersSendsAnEmptyBodyWhoseSignatureVerifies() {
        TestCredentials key = server.createHmacKey();
        try (RestClientV2 client = v2ClientOf(key)) {
            BitgetApiException e = failureOf(BitgetApiException.class, () -> client.postPrivate(PLACE_ORDER_V2, null));

            assertThat(e.code()).as("a missing parameter, not a bad signature (40009)").isEqualTo("40019");
            assertThat(e.bitgetMessage()).contains("symbol");
        }
        RecordedRequest sent = server.requests(PLACE_ORDER_V2).get(0);
        assertThat(sent.body()).isEmpty();
        assertThat(sent.header("Content-Length")).isEqualTo("0");
        assertThat(sent.header("ACCESS-SIGN")).isNotBlank();
    }

    @Test
    void aV3PostWithAnEmptyMapAlsoSendsAnEmptyBodyWhoseSignatureVerifies() {
        try (RestClientV3 client = v3ClientOf(server.createHmacKey())) {
            BitgetApiException e = failureOf(BitgetApiException.class,
                    () -> client.postPrivate("/api/v3/trade/cancel-order", Map.of()));

            assertThat(e.code()).isEqualTo("40019");
        }
        assertThat(server.requests("/api/v3/trade/cancel-order")).singleElement()
                .satisfies(r -> assertThat(r.body()).isEmpty());
    }
}
