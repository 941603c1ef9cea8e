package io.github.bitget4j.jdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.jdk.internal.ConnectionSlots.Wait;
import org.junit.jupiter.api.Test;

class ConnectionSlotsTest {

    @Test
    void shrinkingBelowTheSlotsInUseLetsNoOneMoreInUntilEnoughAreReleased() throws InterruptedException {
        var slots = new ConnectionSlots(10, 100);
        for (int i = 0; i < 6; i++) {
            assertThat(slots.acquire(1)).isEqualTo(Wait.ACQUIRED);
        }

        slots.limitTo(slots.inUse() - 1); // 5: one more than allowed is out

        assertThat(slots.limit()).isEqualTo(5);
        assertThat(slots.inUse()).isEqualTo(6);
        assertThat(slots.acquire(1)).isEqualTo(Wait.TIMED_OUT);
        slots.release();
        assertThat(slots.acquire(1)).as("5 in use after one release: full").isEqualTo(Wait.TIMED_OUT);
        slots.release();
        assertThat(slots.acquire(1)).isEqualTo(Wait.ACQUIRED);
    }

    @Test
    void neverGrowsAndKeepsAtLeastOneSlot() throws InterruptedException {
        var slots = new ConnectionSlots(3, 100);

        slots.limitTo(50);
        assertThat(slots.limit()).isEqualTo(3);
        slots.limitTo(-4);
        assertThat(slots.limit()).isEqualTo(1);
        assertThat(slots.acquire(1)).isEqualTo(Wait.ACQUIRED);
        assertThat(slots.acquire(1)).isEqualTo(Wait.TIMED_OUT);
    }
}
