package io.github.bitget4j.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.Auth;
import io.github.bitget4j.ClientOptions;
import io.github.bitget4j.Endpoint;
import io.github.bitget4j.errors.BitgetConnectionException;
import io.github.bitget4j.errors.BitgetException;
import io.github.bitget4j.errors.RequestFate;
import io.github.bitget4j.spi.RateLimitKey;
import io.github.bitget4j.spi.RateLimiter;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A limiter plugin that fails (a shared limiter whose Redis is down) never blurs a request's fate. */
class RateLimitGateFailureTest {

    private static final Endpoint<Object> PLACE = Endpoint.post("/api/v2/spot/trade/place-order", Auth.PRIVATE,
            Object.class);

    private final AtomicInteger calls = new AtomicInteger();
    private final RateLimiter broken = new RateLimiter() {
        @Override
        public boolean tryAcquire(RateLimitKey key, Duration maxWait) {
            calls.incrementAndGet();
            throw new IllegalStateException("Redis at 127.0.0.1:6379 unreachable");
        }

        @Override
        public void answered(RateLimitKey key) {
            calls.incrementAndGet();
            throw new IllegalStateException("Redis at 127.0.0.1:6379 unreachable");
        }

        @Override
        public void penalize(RateLimitKey key, Duration pause) {
            calls.incrementAndGet();
            throw new IllegalStateException("Redis at 127.0.0.1:6379 unreachable");
        }

        @Override
        public void close() {
        }
    };

    private final RateLimitGate gate = new RateLimitGate(broken,
            ClientOptions.builder().baseUrl("http://127.0.0.1:1").apiKey("bg_k").apiSecret("s").apiPass("p").build());

    @Test
    void aLimiterFailingBeforeTheSendIsATypedNotSentError() {
        assertThatThrownBy(() -> gate.acquire(PLACE, true))
                .isInstanceOf(BitgetConnectionException.class)
                .hasMessageContaining("not sent").hasMessageContaining("unreachable")
                .satisfies(e -> assertThat(((BitgetException) e).requestFate()).isEqualTo(RequestFate.NOT_SENT));
    }

    @Test
    void aLimiterFailingAfterTheAnswerDoesNotHideTheAnswer() {
        assertThatCode(() -> gate.answered(PLACE, true)).doesNotThrowAnyException();
        assertThatCode(() -> gate.rateLimited(PLACE, true, Duration.ofSeconds(1))).doesNotThrowAnyException();
        assertThat(calls).hasValue(2);
    }
}
