package io.github.bitget4j.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetServerException;
import io.github.bitget4j.errors.RequestFate;
import io.github.bitget4j.testkit.TestCredentials;
import org.junit.jupiter.api.Test;

/** Issue 10, case 2: a 502/504 answer may come after Bitget carried the order out. */
class GatewayErrorsTest extends RestFaultFixture {

    private static final String SERVER_TIME = "/api/v2/public/time";

    @Test
    void a504ToAnOrderPostThatWasCarriedOutIsNotRetryableAndMayHaveReachedTheServer() {
        TestCredentials key = server.createHmacKey();
        server.faults().executedThen504(PLACE_ORDER, 1);
        try (var client = new RestClientV2(optionsFor(key).build())) {
            BitgetServerException e = catchThrowableOfType(BitgetServerException.class,
                    () -> client.spotSubmitOrder(restingBuy("gw-504")));

            assertThat(server.openOrders(key.apiKey())).as("the order is live").anyMatch(o -> "gw-504".equals(o.clientOid()));
            assertThat(e.httpStatus()).isEqualTo(504);
            assertThat(e.retryable()).as("re-sending would place a second order").isFalse();
            assertThat(e.requestFate()).isEqualTo(RequestFate.MAY_HAVE_REACHED_SERVER);
        }
    }

    @Test
    void a502ToAnOrderPostIsNotRetryableAndMayHaveReachedTheServer() {
        TestCredentials key = server.createHmacKey();
        server.faults().html502(PLACE_ORDER, 1);
        try (var client = new RestClientV2(optionsFor(key).build())) {
            BitgetServerException e = catchThrowableOfType(BitgetServerException.class,
                    () -> client.spotSubmitOrder(restingBuy("gw-502")));

            assertThat(e.retryable()).isFalse();
            assertThat(e.requestFate()).isEqualTo(RequestFate.MAY_HAVE_REACHED_SERVER);
        }
    }

    @Test
    void a502Or504ToAGetIsRetryableAndAnswered() {
        server.faults().html502(SERVER_TIME, 1).executedThen504(SERVER_TIME, 1);
        try (var client = new RestClientV2(io.github.bitget4j.ClientOptions.builder().baseUrl(server.baseUrl()).build())) {
            for (int status : new int[] {502, 504}) {
                BitgetServerException e = catchThrowableOfType(BitgetServerException.class, client::getServerTime);

                assertThat(e.httpStatus()).isEqualTo(status);
                assertThat(e.retryable()).isTrue();
                assertThat(e.requestFate()).isEqualTo(RequestFate.ANSWERED);
            }
        }
    }
}
