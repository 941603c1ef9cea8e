package io.github.bitget4j.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.Auth;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.RetryPolicy;
import io.github.bitget4j.internal.endpoints.FuturesTradeEndpointsV2;
import io.github.bitget4j.spi.RateLimit;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LimitOptionsTest {

    @Test
    void theDefaultsLimitButNeitherSyncNorRetry() {
        ClientOptions options = ClientOptions.defaults();
        assertThat(options.rateLimiting()).isTrue();
        assertThat(options.rateLimitMaxWait()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.clockSync()).isFalse();
        assertThat(options.retryPolicy().maxAttempts()).isEqualTo(1);
        assertThat(options.toBuilder().rateLimiterProperties(Map.of("redis.uri", "redis://u:secret@h")).build().toString())
                .as("property values may hold passwords").doesNotContain("secret").contains("rateLimiterProperties=[redis.uri]");
    }

    @Test
    void badSettingsFailWhenSet() {
        assertThatThrownBy(() -> ClientOptions.builder().rateLimitMaxWait(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ClientOptions.builder().clockSyncInterval(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.of(0, Duration.ofMillis(1), Duration.ofMillis(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RetryPolicy.of(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateLimit(0, Duration.ofSeconds(1), RateLimit.Scope.UID, "g"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void generatedEndpointsCarryBitgetsLimitAndOthersGetTheDefaultOfTheirAuth() {
        assertThat(FuturesTradeEndpointsV2.FUTURES_SUBMIT_ORDER.rateLimit())
                .isEqualTo(new RateLimit(10, Duration.ofSeconds(1), RateLimit.Scope.UID, "/api/v2/mix/order/place-order"));
        Endpoint<Object> own = Endpoint.post("/api/v2/new/thing", Auth.PRIVATE, Object.class).withParameters("a");
        assertThat(own.rateLimit()).isNull();
        assertThat(own.effectiveRateLimit())
                .isEqualTo(new RateLimit(Endpoint.DEFAULT_PRIVATE_LIMIT, Duration.ofSeconds(1), RateLimit.Scope.UID, "/api/v2/new/thing"));
        assertThat(own.withRateLimit(3, Duration.ofSeconds(1), RateLimit.Scope.IP, "shared").withParameters("b").rateLimit())
                .as("kept by withParameters").isEqualTo(new RateLimit(3, Duration.ofSeconds(1), RateLimit.Scope.IP, "shared"));
    }
}
