package io.github.bitget4j.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.Auth;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetRateLimitException;
import io.github.bitget4j.errors.BitgetThrottledException;
import io.github.bitget4j.spi.HttpRequest;
import io.github.bitget4j.spi.HttpResponse;
import io.github.bitget4j.spi.HttpTransport;
import io.github.bitget4j.spi.RateLimit;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A 429 that names its Retry-After pauses the budget for exactly that, not for the whole window. */
class RetryAfterTest {

    /** Answers 429 with {@code Retry-After: 2} first, then success. */
    private static final class TooManyOnce implements HttpTransport {
        final AtomicInteger sent = new AtomicInteger();

        @Override
        public HttpResponse send(HttpRequest request) {
            if (sent.getAndIncrement() == 0) {
                return new HttpResponse(429, Map.of("Retry-After", List.of("2")),
                        "{\"code\":\"429\",\"msg\":\"Too Many Requests\",\"requestTime\":1,\"data\":null}"
                                .getBytes(StandardCharsets.UTF_8));
            }
            return new HttpResponse(200, Map.of(), "{\"code\":\"00000\",\"msg\":\"success\",\"requestTime\":1,\"data\":{}}"
                    .getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
        }
    }

    @Test
    void theBudgetWaitsOutRetryAfterAndThenGoesOn() {
        // a budget of its own (group), far from spent: only the 429 can hold a call back
        Endpoint<Object> endpoint = Endpoint.get("/api/v2/public/time", Auth.PUBLIC, Object.class)
                .withRateLimit(100, Duration.ofMinutes(1), RateLimit.Scope.IP, "retry-after-test-" + System.nanoTime());
        var transport = new TooManyOnce();
        ClientOptions options = ClientOptions.builder().baseUrl("http://127.0.0.1:9").httpTransport(transport).build();
        try (var impatient = new RestClientV2(options.toBuilder().rateLimitMaxWait(Duration.ofMillis(500)).build());
             var patient = new RestClientV2(options.toBuilder().rateLimitMaxWait(Duration.ofSeconds(20)).build())) {
            assertThatThrownBy(() -> impatient.call(endpoint, Map.of()))
                    .isInstanceOfSatisfying(BitgetRateLimitException.class,
                            e -> assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2)));
            assertThatThrownBy(() -> impatient.call(endpoint, Map.of())).isInstanceOf(BitgetThrottledException.class);
            // a whole window would be 60 s, beyond this caller's 20 s: going through proves the 2 s were used
            assertThat(patient.call(endpoint, Map.of()).code()).isEqualTo("00000");
        }
        assertThat(transport.sent.get()).isEqualTo(2);
    }
}
