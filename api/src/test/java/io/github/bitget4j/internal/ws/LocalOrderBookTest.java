package io.github.bitget4j.internal.ws;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.github.bitget4j.ws.WsTopicV2;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class LocalOrderBookTest {

    private final LocalOrderBook book = new LocalOrderBook(WsTopicV2.of("SPOT", "books", "BTCUSDT"));

    private static JsonObject data(String json) {
        return JsonParser.parseString(json).getAsJsonObject();
    }

    @Test
    void aSnapshotWithTheRightChecksumMakesTheBookReady() {
        var result = book.apply(true, data("{\"bids\":[[\"3366.1\",\"7.0\"],[\"3366\",\"6.3\"]],"
                + "\"asks\":[[\"3366.8\",\"9.2\"],[\"3368\",\"8.3\"],[\"3372\",\"1.5\"]],\"checksum\":394716773,\"ts\":\"17\"}"));
        assertThat(result).isEqualTo(LocalOrderBook.Result.APPLIED);
        assertThat(book.isReady()).isTrue();
        assertThat(book.topOfBook().bestBid().price()).isEqualByComparingTo("3366.1");
        assertThat(book.topOfBook().bestAsk().price()).isEqualByComparingTo("3366.8");
        assertThat(book.lastUpdateTs()).isEqualTo(17);
    }

    @Test
    void updatesSetLevelsAndSizeZeroDeletesOne() {
        book.apply(true, data("{\"bids\":[[\"10\",\"1\"],[\"9\",\"1\"]],\"asks\":[[\"11\",\"1\"]]}"));
        book.apply(false, data("{\"bids\":[[\"10\",\"0\"],[\"9.5\",\"2\"]],\"asks\":[[\"11\",\"3\"]]}"));
        assertThat(book.bids(10)).extracting(l -> l.price().toPlainString()).containsExactly("9.5", "9");
        assertThat(book.asks(10).get(0).size()).isEqualByComparingTo(new BigDecimal("3"));
    }

    @Test
    void aWrongChecksumEmptiesTheBookAndIgnoresUpdatesUntilTheNextSnapshot() {
        book.apply(true, data("{\"bids\":[[\"10\",\"1\"]],\"asks\":[[\"11\",\"1\"]]}"));
        var result = book.apply(false, data("{\"bids\":[[\"10\",\"2\"]],\"checksum\":12345}"));
        assertThat(result).isEqualTo(LocalOrderBook.Result.MISMATCH);
        assertThat(book.isReady()).isFalse();
        assertThat(book.checksumMismatches()).isEqualTo(1);
        assertThat(book.apply(false, data("{\"bids\":[[\"10\",\"2\"]]}"))).isEqualTo(LocalOrderBook.Result.IGNORED);
        assertThat(book.topOfBook().bestBid()).isNull();
    }

    @Test
    void readsTheShortV3SideNames() {
        book.apply(true, data("{\"b\":[[\"10\",\"1\"]],\"a\":[[\"11\",\"1\"]]}"));
        assertThat(book.topOfBook().bestBid().price()).isEqualByComparingTo("10");
        assertThat(book.topOfBook().bestAsk().price()).isEqualByComparingTo("11");
    }
}
