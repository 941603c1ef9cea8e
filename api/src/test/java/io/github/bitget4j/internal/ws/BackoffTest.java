package io.github.bitget4j.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), new SplittableRandom(7));

    @Test
    void theCeilingDoublesFromTheBaseUntilTheCap() {
        assertThat(backoff.ceilingNanos(1)).isEqualTo(Duration.ofMillis(500).toNanos());
        assertThat(backoff.ceilingNanos(2)).isEqualTo(Duration.ofMillis(1000).toNanos());
        assertThat(backoff.ceilingNanos(7)).isEqualTo(Duration.ofMillis(30_000).toNanos());
        assertThat(backoff.ceilingNanos(1_000_000)).isEqualTo(Duration.ofMillis(30_000).toNanos());
    }

    @Test
    void eachDelayLiesBetweenHalfTheCeilingAndTheCeiling() {
        for (int attempt = 1; attempt < 20; attempt++) {
            for (int i = 0; i < 50; i++) {
                long delay = backoff.delay(attempt).toNanos();
                assertThat(delay).isBetween(backoff.ceilingNanos(attempt) / 2, backoff.ceilingNanos(attempt));
            }
        }
    }

    @Test
    void delaysAreJitteredNotAllEqual() {
        long first = backoff.delay(5).toNanos();
        boolean differs = false;
        for (int i = 0; i < 20 && !differs; i++) {
            differs = backoff.delay(5).toNanos() != first;
        }
        assertThat(differs).isTrue();
    }
}
