package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.model.v2.futures.FuturesFill;
import io.github.bitget4j.model.v2.futures.FuturesFillsRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.UtaFill;
import io.github.bitget4j.model.v3.UtaFillsRequest;
import java.math.BigDecimal;
import io.github.bitget4j.testkit.RecordedRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated {@code stream...} methods walk Bitget's pages lazily, following the cursor Bitget hands back. */
class PaginationTest extends TestkitFixture {

    @Test
    void streamingFuturesFillsWalksThreePagesFollowingEndId() {
        try (var client = v2ClientOf(server.createHmacKey())) {
            for (int i = 0; i < 5; i++) {
                FuturesState.openLong(client); // one fill each: the maker's best level holds far more than 0.01
            }
            server.clearRequests();

            List<FuturesFill> fills = client.streamFuturesFills(FuturesFillsRequest.builder()
                    .productType(ProductType.USDT_FUTURES).limit(2).build()).toList();

            assertThat(fills).hasSize(5);
            assertThat(fills).extracting(FuturesFill::tradeId).doesNotHaveDuplicates();
            List<RecordedRequest> pages = server.requests("/api/v2/mix/order/fills");
            assertThat(pages).hasSizeBetween(3, 4); // the walk may ask once more to learn that nothing is left
            assertThat(pages.getFirst().rawQuery()).doesNotContain("idLessThan");
            assertThat(pages.get(1).rawQuery()).contains("idLessThan=");
        }
    }

    @Test
    void aStreamFetchesOnlyThePagesItsConsumerReaches() {
        try (var client = v2ClientOf(server.createHmacKey())) {
            for (int i = 0; i < 5; i++) {
                FuturesState.openLong(client);
            }
            server.clearRequests();

            List<FuturesFill> firstThree = client.streamFuturesFills(FuturesFillsRequest.builder()
                    .productType(ProductType.USDT_FUTURES).limit(2).build()).limit(3).toList();

            assertThat(firstThree).hasSize(3);
            assertThat(server.requests("/api/v2/mix/order/fills")).hasSize(2);
        }
    }

    @Test
    void streamingV3FillsWalksThreePagesFollowingTheCursorWithoutLosingOrRepeatingOne() {
        var key = server.createHmacKey();
        try (var v3 = new io.github.bitget4j.RestClientV3(optionsFor(key).strictResponses(true).build());
             var v2 = v2ClientOf(key)) {
            for (int i = 0; i < 5; i++) { // one fill each: the maker's best level holds far more than 0.01
                v3.submitNewOrder(PlaceOrderRequest.builder().category(Category.USDT_FUTURES).symbol("BTCUSDT")
                        .side(i % 2 == 0 ? Side.BUY : Side.SELL).orderType(OrderType.MARKET).qty(new BigDecimal("0.01")).build());
            }
            List<String> allFills = v2.getFuturesFills(FuturesFillsRequest.of(ProductType.USDT_FUTURES)).data().fillList()
                    .stream().map(FuturesFill::tradeId).toList();
            server.clearRequests();

            List<UtaFill> fills = v3.streamTradeFills(UtaFillsRequest.builder().category(Category.USDT_FUTURES).limit(2).build())
                    .toList();

            assertThat(fills).extracting(UtaFill::execId).doesNotHaveDuplicates()
                    .containsExactlyElementsOf(allFills); // newest first, as one unpaged read lists them
            List<RecordedRequest> pages = server.requests("/api/v3/trade/fills");
            assertThat(pages).hasSize(3); // 2 + 2 + 1: the last page hands back no cursor
            assertThat(pages.getFirst().rawQuery()).doesNotContain("cursor");
            assertThat(pages.get(1).rawQuery()).contains("cursor=" + fills.get(1).execId());
            assertThat(pages.get(2).rawQuery()).contains("cursor=" + fills.get(3).execId());
        }
    }
}
