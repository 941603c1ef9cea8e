package io.github.bitget4j.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.Auth;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetAuthException;
import io.github.bitget4j.errors.BitgetRateLimitException;
import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.spi.ErrorResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 10, case 7: the smaller defects, each with a typed answer. */
class ErrorDetailsTest extends RestFaultFixture {

    @Test
    void aPathWithASpaceIsATypedValidationError() {
        assertThatThrownBy(() -> Endpoint.get("/api/v2/spot/market/ti ckers", Auth.PUBLIC, Object.class))
                .isInstanceOf(BitgetValidationException.class);
    }

    @Test
    void nanAndInfinityParametersAreTypedValidationErrorsAndNothingIsSent() {
        try (var client = new io.github.bitget4j.RestClientV2(io.github.bitget4j.ClientOptions.builder()
                .baseUrl(server.baseUrl()).build())) {
            var endpoint = Endpoint.post("/api/v2/spot/trade/place-order", Auth.PUBLIC, Object.class);
            for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
                assertThatThrownBy(() -> client.call(endpoint, Map.of("price", bad)))
                        .isInstanceOf(BitgetValidationException.class);
            }
        }
        assertThat(server.requests(PLACE_ORDER)).isEmpty();
    }

    @Test
    void aFiveMegabyteMsgIsCutInTheMessageAndKeptWholeOnTheException() {
        String msg = "m".repeat(5_000_000);
        String body = "{\"code\":\"40762\",\"msg\":\"" + msg + "\"}";
        var parsed = new io.github.bitget4j.errors.BitgetApiException("POST /x failed: " + msg,
                new ErrorResponse("POST", "/x", 400, Map.of(), body.getBytes(StandardCharsets.UTF_8), "40762", msg));

        assertThat(parsed.getMessage().length()).isLessThan(5_000);
        assertThat(parsed.bitgetMessage()).hasSize(5_000_000);
        assertThat(parsed.bodyText()).isEqualTo(body);
    }

    @Test
    void code40099WrongEnvironmentIsAnAuthError() {
        var e = new BitgetAuthException("wrong environment",
                new ErrorResponse("GET", "/x", 400, Map.of(), new byte[0], "40099", "env"));
        assertThat(e.isAuthError()).isTrue();
    }

    @Test
    void retryAfterReadsSecondsFromTheHeader() {
        var e = new BitgetRateLimitException("slow down", new ErrorResponse("GET", "/x", 429,
                Map.of("Retry-After", List.of("7")), new byte[0], "429", "Too Many Requests"));
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(7));
        assertThat(e.retryable()).isTrue();
    }

    @Test
    void retryAfterReadsAnHttpDateAsTheTimeLeft() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(ZoneOffset.UTC).plusHours(1));
        var e = rateLimited(inAnHour);
        // the time left from now: an hour less what passed since the date was written (seconds, on a busy machine)
        assertThat(e.retryAfter()).isBetween(Duration.ofMinutes(50), Duration.ofHours(1));
    }

    @Test
    void retryAfterReadsAPastHttpDateAsNoWaitAndGarbageAsNone() {
        assertThat(rateLimited("Wed, 21 Oct 2015 07:28:00 GMT").retryAfter()).isEqualTo(Duration.ZERO);
        assertThat(rateLimited("soon").retryAfter()).isNull();
        assertThat(rateLimited("-5").retryAfter()).isNull();
    }

    private static BitgetRateLimitException rateLimited(String retryAfter) {
        return new BitgetRateLimitException("slow down", new ErrorResponse("GET", "/x", 429,
                Map.of("Retry-After", List.of(retryAfter)), new byte[0], "429", "Too Many Requests"));
    }
}
