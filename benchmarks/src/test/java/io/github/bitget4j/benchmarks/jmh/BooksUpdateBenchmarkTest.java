package io.github.bitget4j.benchmarks.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.internal.ws.LocalOrderBook;
import io.github.bitget4j.ws.TopOfBook;
import org.junit.jupiter.api.Test;

class BooksUpdateBenchmarkTest {

    @Test
    void theTwoUpdatesPassTheirChecksumsAndLeaveTheBookAsTheSnapshotEveryOtherCall() {
        var benchmark = new BooksUpdateBenchmark();
        benchmark.setUp();
        TopOfBook snapshot = benchmark.book().topOfBook();
        var snapshotBids = benchmark.book().rawLevels(true);
        var snapshotAsks = benchmark.book().rawLevels(false);

        assertThat(benchmark.decodeAndApplyUpdate()).isEqualTo(LocalOrderBook.Result.APPLIED);
        assertThat(benchmark.book().topOfBook().bestBid()).isNotEqualTo(snapshot.bestBid());
        assertThat(benchmark.book().rawLevels(true)).hasSize(400); // one level gone, one new
        assertThat(benchmark.decodeAndApplyUpdate()).isEqualTo(LocalOrderBook.Result.APPLIED);

        assertThat(benchmark.book().rawLevels(true)).isEqualTo(snapshotBids);
        assertThat(benchmark.book().rawLevels(false)).isEqualTo(snapshotAsks);
        assertThat(benchmark.book().checksumMismatches()).isZero();
    }
}
