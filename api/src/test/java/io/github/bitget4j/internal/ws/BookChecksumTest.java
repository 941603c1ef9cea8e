package io.github.bitget4j.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BookChecksumTest {

    record L(String priceText, String sizeText) implements BookChecksum.Level {
    }

    // Expected values computed outside Java: python3 zlib.crc32 of the interleaved text, read as signed 32-bit.
    @Test
    void interleavesBidsAndAsksAndReadsTheCrcAsASignedInt() {
        var bids = List.of(new L("3366.1", "7.0"), new L("3366", "6.3"));
        var asks = List.of(new L("3366.8", "9.2"), new L("3368", "8.3"), new L("3372", "1.5"));
        assertThat(BookChecksum.of(bids, asks)).isEqualTo(394716773);
    }

    @Test
    void usesThePriceAndSizeStringsExactlyAsSent() {
        var bids = List.of(new L("3366.1", "7"), new L("3366", "6.3"));
        var asks = List.of(new L("3366.8", "9.2"), new L("3368", "8.3"), new L("3372", "1.5"));
        assertThat(BookChecksum.of(bids, asks)).isEqualTo(1872977717);
    }

    @Test
    void takesAtMost25LevelsOfASideAndContinuesWithTheLongerSide() {
        var bids = new ArrayList<L>();
        for (int i = 0; i < 30; i++) {
            bids.add(new L(Integer.toString(100 - i), "1"));
        }
        var asks = List.of(new L("101", "2"), new L("102", "3"));
        assertThat(BookChecksum.of(bids, asks)).isEqualTo(-560686238);
    }
}
