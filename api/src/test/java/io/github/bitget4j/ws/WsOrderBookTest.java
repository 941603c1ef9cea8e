package io.github.bitget4j.ws;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.WebsocketClientV2;
import io.github.bitget4j.WebsocketClientV3;
import io.github.bitget4j.errors.WsChecksumMismatchException;
import io.github.bitget4j.model.PriceLevel;
import io.github.bitget4j.testkit.BookView;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WsOrderBookTest extends WsTestkitFixture {

    /** The local book, level by level, with the strings as pushed, equals the server's book. */
    static void assertSameAsServer(OrderBookView book, String symbol) {
        BookView expected = server.serverBook(symbol);
        assertThat(strings(book.bids(Integer.MAX_VALUE))).isEqualTo(expected.bids());
        assertThat(strings(book.asks(Integer.MAX_VALUE))).isEqualTo(expected.asks());
    }

    private static List<List<String>> strings(List<PriceLevel> levels) {
        // a BigDecimal parsed from a plain decimal string prints back the same string
        return levels.stream().map(l -> List.of(l.price().toPlainString(), l.size().toPlainString())).toList();
    }

    @Test
    void aV2BookMatchesTheServersAfter10000Updates() {
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV2(publicOptions().build(), listener)) {
            OrderBookView book = ws.orderBook(WsTopicV2.of("SPOT", "books", "SOLUSDT"));
            await("the snapshot", Duration.ofSeconds(30), book::isReady);
            server.pushBookUpdates("SOLUSDT", 10_000);
            await("every update applied", Duration.ofSeconds(20), () -> {
                try {
                    assertSameAsServer(book, "SOLUSDT");
                    return true;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
            assertThat(book.checksumMismatches()).isZero();
            assertThat(listener.exceptions).isEmpty();
            TopOfBook top = book.topOfBook();
            assertThat(top.bestBid().price()).isLessThan(top.bestAsk().price());
        }
    }

    @Test
    void aV3BookMatchesTheServersAfter10000Updates() {
        try (var ws = new WebsocketClientV3(publicOptions().build())) {
            OrderBookView book = ws.orderBook(WsTopicV3.of("spot", "books", "XRPUSDT"));
            await("the snapshot", Duration.ofSeconds(30), book::isReady);
            server.pushBookUpdates("XRPUSDT", 10_000);
            await("every update applied", Duration.ofSeconds(20), () -> {
                try {
                    assertSameAsServer(book, "XRPUSDT");
                    return true;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
            assertThat(book.checksumMismatches()).isZero();
        }
    }

    @Test
    void aBadChecksumIsReportedAndTheTopicResubscribedForAFreshSnapshot() {
        var listener = new RecordingListener();
        try (var ws = new WebsocketClientV2(publicOptions().build(), listener)) {
            OrderBookView book = ws.orderBook(WsTopicV2.of("SPOT", "books", "ETHUSDT"));
            await("the snapshot", Duration.ofSeconds(30), book::isReady);
            server.wsFaults().badChecksumNext("ETHUSDT");
            server.pushBookUpdates("ETHUSDT", 1);
            await("the mismatch reported", Duration.ofSeconds(30),
                    () -> listener.exceptions.stream().anyMatch(WsChecksumMismatchException.class::isInstance));
            await("a fresh snapshot", Duration.ofSeconds(30), book::isReady);
            assertThat(book.checksumMismatches()).isEqualTo(1);
            server.pushBookUpdates("ETHUSDT", 200);
            await("in step with the server again", Duration.ofSeconds(30), () -> {
                try {
                    assertSameAsServer(book, "ETHUSDT");
                    return true;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
            assertThat(book.checksumMismatches()).isEqualTo(1);
        }
    }
}
