package io.github.bitget4j.signers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.spi.SignerException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EnginePoolTest {

    private final AtomicInteger built = new AtomicInteger();
    private final EnginePool<Object> pool = new EnginePool<>(4, () -> "engine-" + built.incrementAndGet());

    @Test
    void handsBackAReleasedEngineInsteadOfBuildingANewOne() {
        Object first = pool.acquire();
        pool.release(first);
        assertThat(pool.acquire()).isSameAs(first);
        assertThat(built).hasValue(1);
    }

    @Test
    void buildsAFreshEngineWhenEveryPooledOneIsInUse() {
        Set<Object> inUse = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            inUse.add(pool.acquire());
        }
        assertThat(inUse).hasSize(10);
        assertThat(built).hasValue(10);
    }

    @Test
    void keepsAtMostItsCapacityAndDropsTheRest() {
        List<Object> engines = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            engines.add(pool.acquire());
        }
        engines.forEach(pool::release);
        for (int i = 0; i < 6; i++) {
            pool.acquire();
        }
        assertThat(built).hasValue(6 + 2); // 4 came back from the pool, 2 had to be built again
    }

    @Test
    void roundsItsCapacityUpToAPowerOfTwo() {
        assertThat(new EnginePool<>(1, Object::new).capacity()).isEqualTo(1);
        assertThat(new EnginePool<>(3, Object::new).capacity()).isEqualTo(4);
        assertThat(new EnginePool<>(4, Object::new).capacity()).isEqualTo(4);
        assertThat(new EnginePool<>(5, Object::new).capacity()).isEqualTo(8);
        assertThat(EnginePool.defaultCapacity()).isBetween(2, 64);
    }

    @Test
    void refusesToHandOutEnginesOnceClosed() {
        pool.release(pool.acquire());
        pool.close();
        assertThatThrownBy(pool::acquire).isInstanceOf(SignerException.class).hasMessageContaining("closed");
    }
}
