package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.errors.BitgetAuthException;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetRateLimitException;
import io.github.bitget4j.errors.BitgetRawResponseException;
import io.github.bitget4j.errors.BitgetResponseException;
import io.github.bitget4j.errors.BitgetServerException;
import io.github.bitget4j.errors.BitgetServiceException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotOrderInfoRequest;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.testkit.RecordedRequest;
import io.github.bitget4j.testkit.TestCredentials;
import io.github.bitget4j.testplugins.TeapotExceptionParser.TeapotException;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.InstantSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of failure the testkit can produce ends up as the documented exception, with what was received. */
class ErrorMappingTest extends TestkitFixture {

    private static final String ASSETS = "/api/v2/spot/account/assets";
    private static final String SERVER_TIME = "/api/v2/public/time";
    private static final String UNKNOWN_PATH = "/api/v2/no/such/path";

    /** A V2 limit buy that would cost 5,000,000 USDT, fifty times a fresh account's balance. */
    private static SpotOrderRequest hugeV2Buy() {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("50000")).size(new BigDecimal("100")).build();
    }

    private static PlaceOrderRequest hugeV3Buy() {
        return PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT").side(Side.BUY)
                .orderType(OrderType.LIMIT).timeInForce(TimeInForce.GTC).price(new BigDecimal("50000"))
                .qty(new BigDecimal("100")).build();
    }

    /** What every service exception must carry: the status, the headers and the body as received. */
    private static void assertCarriesResponse(BitgetResponseException e, int status, String contentType) {
        assertThat(e.httpStatus()).as("status").isEqualTo(status);
        assertThat(e.headers().get("content-type")).as("headers, looked up ignoring case")
                .isNotNull().first().asString().startsWith(contentType);
        assertThat(e.body()).as("body").isNotEmpty();
        assertThat(e.bodyText()).isEqualTo(new String(e.body(), StandardCharsets.UTF_8));
    }

    @Test
    void http429BecomesARetryableRateLimitExceptionAndTheNextCallSucceeds() {
        server.faults().rateLimit(ASSETS, 1);
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            var e = failureOf(BitgetRateLimitException.class, client::getSpotAccountAssets);

            assertThat(e.isRateLimited()).isTrue();
            assertThat(e.retryable()).isTrue();
            assertThat(e.code()).isEqualTo("429");
            assertThat(e.bitgetMessage()).isEqualTo("Too Many Requests");
            assertThat(e.isAuthError()).isFalse();
            assertCarriesResponse(e, 429, "application/json");
            assertThat(e.bodyText()).contains("\"code\":\"429\"");
            assertThat(client.getSpotAccountAssets().data()).isNotEmpty();
        }
    }

    @Test
    void aClockSixtySecondsBehindGets40008AsANonRetryableClockSkewAuthException() {
        TestCredentials key = server.createHmacKey();
        var sixtySecondsSlow = InstantSource.offset(InstantSource.system(), Duration.ofSeconds(-60));
        try (var client = new RestClientV2(optionsFor(key).clock(sixtySecondsSlow).build())) {
            var e = failureOf(BitgetAuthException.class, client::getSpotAccountAssets);

            assertThat(e.code()).isEqualTo("40008");
            assertThat(e.isClockSkew()).isTrue();
            assertThat(e.isAuthError()).isTrue();
            assertThat(e.retryable()).isFalse();
            assertCarriesResponse(e, 400, "application/json");
        }
    }

    @Test
    void anHtml502FromAProxyBecomesARetryableServerExceptionShowingASnippetOfThePage() {
        server.faults().html502(SERVER_TIME, 1);
        try (var client = new RestClientV2(publicOptions().build())) {
            var e = failureOf(BitgetServerException.class, client::getServerTime);

            assertThat(e.code()).isNull();
            assertThat(e.bitgetMessage()).isNull();
            assertThat(e.getMessage()).contains("HTTP 502").contains("<title>502 Bad Gateway</title>");
            assertThat(e.bodyText()).startsWith("<html>").contains("cloudflare").endsWith("</html>\r\n");
            assertThat(e.retryable()).isTrue();
            assertThat(e.isRateLimited()).isFalse();
            assertCarriesResponse(e, 502, "text/html");
        }
    }

    @Test
    void anEmpty503BecomesARetryableServerExceptionThatSaysTheBodyWasEmpty() {
        server.faults().empty503(SERVER_TIME, 1);
        try (var client = new RestClientV2(publicOptions().build())) {
            var e = failureOf(BitgetServerException.class, client::getServerTime);

            assertThat(e.httpStatus()).isEqualTo(503);
            assertThat(e.getMessage()).contains("HTTP 503").contains("empty body");
            assertThat(e.body()).isEmpty();
            assertThat(e.code()).isNull();
            assertThat(e.retryable()).isTrue();
            assertThat(e.headers()).isNotEmpty();
        }
    }

    @Test
    void aRefusedConnectionSaysTheRequestCannotHaveReachedTheServer() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        var options = publicOptions().baseUrl("http://127.0.0.1:" + closedPort).build();
        try (var client = new RestClientV2(options)) {
            var e = failureOf(BitgetConnectionException.class, client::getServerTime);

            assertThat(e.mayHaveReachedServer()).isFalse();
            assertThat(e.isTimeout()).isFalse();
            assertThat(e.retryable()).isTrue();
            assertThat(e.getMessage()).contains("127.0.0.1:" + closedPort);
        }
    }

    @Test
    void aConnectionDroppedByTheServerSaysTheRequestMayHaveReachedIt() {
        server.faults().dropConnection(ASSETS, 1);
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            var e = failureOf(BitgetConnectionException.class, client::getSpotAccountAssets);

            assertThat(e.mayHaveReachedServer()).isTrue();
            assertThat(e.isTimeout()).isFalse();
            List<RecordedRequest> received = server.requests(ASSETS);
            assertThat(received).as("the server did get it, and answered nothing").hasSize(1);
            assertThat(received.get(0).status()).isZero();
        }
    }

    @Test
    void aDroppedOrderIsNotRetryableButADroppedQueryIs() {
        String placeOrder = "/api/v2/spot/trade/place-order";
        server.faults().dropConnection(placeOrder, 1).dropConnection(ASSETS, 1);
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            var order = failureOf(BitgetConnectionException.class, () -> client.spotSubmitOrder(
                    io.github.bitget4j.model.v2.SpotOrderRequest.builder().symbol("BTCUSDT")
                            .side(io.github.bitget4j.model.Side.BUY).orderType(io.github.bitget4j.model.OrderType.LIMIT)
                            .force(io.github.bitget4j.model.TimeInForce.GTC).price(new java.math.BigDecimal("1000"))
                            .size(new java.math.BigDecimal("0.001")).build()));
            var query = failureOf(BitgetConnectionException.class, client::getSpotAccountAssets);

            assertThat(order.mayHaveReachedServer()).isTrue();
            assertThat(order.retryable()).as("re-sending could place the order twice").isFalse();
            assertThat(query.mayHaveReachedServer()).isTrue();
            assertThat(query.retryable()).as("a GET is safe to repeat").isTrue();
        }
    }

    @Test
    void aRequestOutlastingRequestTimeoutFailsAsATimeoutWellBeforeTheServerAnswers() {
        server.faults().latency(SERVER_TIME, Duration.ofSeconds(60));
        // 3 s: time enough to get a connection and send on a busy machine (a request still waiting for a connection
        // when the timeout ends was not sent, a different fate); the server then holds the answer for 60 s
        try (var client = new RestClientV2(publicOptions().requestTimeout(Duration.ofSeconds(3)).build())) {
            long start = System.nanoTime();
            var e = failureOf(BitgetConnectionException.class, client::getServerTime);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;

            assertThat(server.requests(SERVER_TIME)).as("the request reached the server").hasSize(1);
            assertThat(e.isTimeout()).isTrue();
            assertThat(e.mayHaveReachedServer()).isTrue();
            // not before the timeout; and long before the server's 60 s answer (a generous bound for a busy machine)
            assertThat(elapsedMillis).isBetween(3_000L, 30_000L);
        }
    }

    @Test
    void aV2OrderLargerThanTheBalanceIsABusinessError43012ThatIsNotRetryable() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            var e = failureOf(BitgetApiException.class, () -> client.spotSubmitOrder(hugeV2Buy()));

            assertThat(e).isExactlyInstanceOf(BitgetApiException.class);
            assertThat(e.code()).isEqualTo("43012");
            assertThat(e.bitgetMessage()).isEqualTo("Insufficient balance");
            assertThat(e.getMessage()).contains("/api/v2/spot/trade/place-order").contains("43012");
            assertThat(e.retryable()).isFalse();
            assertThat(e.isAuthError()).isFalse();
            assertCarriesResponse(e, 400, "application/json");
        }
    }

    @Test
    void aV3OrderLargerThanTheBalanceIsABusinessError25202() {
        try (RestClientV3 client = v3ClientOf(server.createHmacKey())) {
            var e = failureOf(BitgetApiException.class, () -> client.submitNewOrder(hugeV3Buy()));

            assertThat(e).isExactlyInstanceOf(BitgetApiException.class);
            assertThat(e.code()).isEqualTo("25202");
            assertThat(e.retryable()).isFalse();
            assertCarriesResponse(e, 400, "application/json");
        }
    }

    @Test
    void lookingUpAnOrderThatDoesNotExistIsBusinessError43001() {
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            var e = failureOf(BitgetApiException.class,
                    () -> client.getSpotOrder(SpotOrderInfoRequest.byOrderId("1234567890")));

            assertThat(e.code()).isEqualTo("43001");
            assertThat(e.retryable()).isFalse();
            assertCarriesResponse(e, 400, "application/json");
        }
    }

    @Test
    void aWrongPassphraseIsAnAuthException40012() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).apiPass("not-" + key.apiPass()).build())) {
            var e = failureOf(BitgetAuthException.class, client::getSpotAccountAssets);

            assertThat(e.code()).isEqualTo("40012");
            assertThat(e.isAuthError()).isTrue();
            assertThat(e.isClockSkew()).isFalse();
            assertThat(e.retryable()).isFalse();
            assertThat(e.getMessage()).doesNotContain(key.apiPass());
            assertCarriesResponse(e, 400, "application/json");
        }
    }

    @Test
    void withParseExceptionsOffA429ComesRawWithStatusHeadersAndBodyAsReceived() {
        server.faults().rateLimit(ASSETS, 1);
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).parseExceptions(false).build())) {
            var e = failureOf(BitgetRawResponseException.class, client::getSpotAccountAssets);

            assertThat(e).isNotInstanceOf(BitgetServiceException.class);
            assertCarriesResponse(e, 429, "application/json");
            assertThat(e.bodyText()).startsWith("{\"code\":\"429\",\"msg\":\"Too Many Requests\"");
            assertThat(e.retryable()).isTrue();
        }
    }

    @Test
    void withParseExceptionsOffAnInsufficientBalanceComesRawToo() {
        TestCredentials key = server.createHmacKey();
        try (var client = new RestClientV2(optionsFor(key).parseExceptions(false).build())) {
            var e = failureOf(BitgetRawResponseException.class, () -> client.spotSubmitOrder(hugeV2Buy()));

            assertCarriesResponse(e, 400, "application/json");
            assertThat(e.bodyText()).startsWith("{\"code\":\"43012\",\"msg\":\"Insufficient balance\"");
            assertThat(e.retryable()).isFalse();
        }
    }

    @Test
    void aPluginExceptionParserIsAskedBeforeTheSdksOwnAndWinsForTheCodeItClaims() {
        try (var client = new RestClientV2(publicOptions().build())) {
            Throwable thrown = catchThrowable(() -> client.get(UNKNOWN_PATH, null));

            assertThat(thrown).isInstanceOf(TeapotException.class).hasMessage("teapot: Request URL NOT FOUND");
            assertThat(server.requests(UNKNOWN_PATH)).singleElement()
                    .satisfies(r -> assertThat(r.code()).isEqualTo("40404"));
        }
    }

    @Test
    void errorsThePluginDoesNotClaimStillGetTheSdksTypes() {
        server.faults().rateLimit(SERVER_TIME, 1);
        try (RestClientV2 client = v2ClientOf(server.createHmacKey())) {
            assertThat(catchThrowable(() -> client.spotSubmitOrder(hugeV2Buy())))
                    .isExactlyInstanceOf(BitgetApiException.class);
            assertThat(catchThrowable(client::getServerTime)).isInstanceOf(BitgetRateLimitException.class);
        }
    }

    @Test
    void withParseExceptionsOffNoParserIsAskedNotEvenAPlugin() {
        try (var client = new RestClientV2(publicOptions().parseExceptions(false).build())) {
            var e = failureOf(BitgetRawResponseException.class, () -> client.get(UNKNOWN_PATH, null));

            assertCarriesResponse(e, 404, "application/json");
            assertThat(e.bodyText()).contains("\"code\":\"40404\"");
        }
    }
}
