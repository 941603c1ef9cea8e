package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.RestClientV3;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import io.github.bitget4j.model.v2.futures.FuturesOrderDetailRequest;
import io.github.bitget4j.model.v2.futures.FuturesOrderStatus;
import io.github.bitget4j.model.v2.futures.FuturesPosMode;
import io.github.bitget4j.model.v2.futures.FuturesPosition;
import io.github.bitget4j.model.v2.futures.FuturesPositionRequest;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.v3.BatchOrderResult;
import io.github.bitget4j.model.v3.CancelOrderRequest;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.OrderInfoRequest;
import io.github.bitget4j.model.v3.PlaceOrderRequest;
import io.github.bitget4j.model.v3.PositionSide;
import io.github.bitget4j.model.v3.TickersRequest;
import io.github.bitget4j.model.v3.UtaClosePositionsRequest;
import io.github.bitget4j.model.v3.UtaClosedPosition;
import io.github.bitget4j.model.v3.UtaFill;
import io.github.bitget4j.model.v3.UtaFillsRequest;
import io.github.bitget4j.model.v3.UtaHoldMode;
import io.github.bitget4j.model.v3.UtaHoldModeRequest;
import io.github.bitget4j.model.v3.UtaModifyOrderRequest;
import io.github.bitget4j.model.v3.UtaPosition;
import io.github.bitget4j.model.v3.UtaPositionHistoryRequest;
import io.github.bitget4j.model.v3.UtaPositionsRequest;
import io.github.bitget4j.model.v3.UtaSetLeverageRequest;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * USDT-M futures through the typed V3 (unified account) API, decoded strictly, on the testkit's one futures
 * market: what V3 does, V2 sees for the same key, and the reverse.
 */
class UtaFuturesFlowTest extends TestkitFixture {

    private static final String BTCUSDT = "BTCUSDT";
    private static final Category USDT_FUTURES = Category.USDT_FUTURES;

    private static RestClientV3 strictV3(TestCredentials key) {
        return new RestClientV3(optionsFor(key).strictResponses(true).build());
    }

    private static RestClientV2 strictV2(TestCredentials key) {
        return new RestClientV2(optionsFor(key).strictResponses(true).build());
    }

    private static PlaceOrderRequest.Builder market(Side side, String qty) {
        return PlaceOrderRequest.builder().category(USDT_FUTURES).symbol(BTCUSDT).side(side).orderType(OrderType.MARKET)
                .qty(new BigDecimal(qty));
    }

    private static List<UtaPosition> positions(RestClientV3 client) {
        return client.getCurrentPosition(UtaPositionsRequest.of(USDT_FUTURES, BTCUSDT)).data().list();
    }

    private static List<FuturesPosition> v2Positions(RestClientV2 client) {
        return client.getFuturesPosition(FuturesPositionRequest.of(BTCUSDT, ProductType.USDT_FUTURES, "USDT")).data();
    }

    @Test
    void aLongOpenedWithLeverageShowsOnV2AndClosingItRealisesThePnlInTheFill() {
        server.setFuturesPrice(BTCUSDT, "60000");
        var key = server.createHmacKey();
        try (var v3 = strictV3(key); var v2 = strictV2(key)) {
            v3.setLeverage(UtaSetLeverageRequest.futures(USDT_FUTURES, BTCUSDT, new BigDecimal("10")));
            String orderId = v3.submitNewOrder(market(Side.BUY, "0.1").clientOid(newClientOid("uta-long")).build())
                    .data().orderId();

            UtaPosition position = positions(v3).getFirst();
            assertThat(position.posSide()).isEqualTo(PositionSide.LONG);
            assertThat(position.total()).isEqualByComparingTo("0.1");
            assertThat(position.leverage()).isEqualByComparingTo("10");
            BigDecimal entry = position.avgPrice();
            assertThat(position.positionBalance()).isEqualByComparingTo(
                    entry.multiply(new BigDecimal("0.1")).divide(BigDecimal.TEN));
            assertThat(v3.getAccountSettings().data().symbolConfigList()).singleElement().satisfies(c -> {
                assertThat(c.symbol()).isEqualTo(BTCUSDT);
                assertThat(c.leverage()).isEqualByComparingTo("10");
            });
            FuturesPosition seenOnV2 = v2Positions(v2).getFirst();
            assertThat(seenOnV2.holdSide()).isEqualTo(FuturesHoldSide.LONG);
            assertThat(seenOnV2.total()).isEqualByComparingTo("0.1");
            assertThat(seenOnV2.leverage()).isEqualByComparingTo("10");

            server.setFuturesPrice(BTCUSDT, "61000");
            var ticker = v3.getTickers(TickersRequest.of(USDT_FUTURES, BTCUSDT)).data().getFirst();
            assertThat(ticker.category()).isEqualTo("USDT-FUTURES");
            assertThat(ticker.markPrice()).isEqualByComparingTo("61000");
            assertThat(ticker.lastPrice()).isEqualByComparingTo(FuturesState.lastPrice(v2));
            BigDecimal unrealised = new BigDecimal("61000").subtract(entry).multiply(new BigDecimal("0.1"));
            assertThat(positions(v3).getFirst().unrealisedPnl()).isEqualByComparingTo(unrealised);
            assertThat(v3.getBalances().data().unrealisedPnl()).isEqualByComparingTo(unrealised);

            List<BatchOrderResult> closed = v3.closeAllPositions(UtaClosePositionsRequest.of(USDT_FUTURES, BTCUSDT))
                    .data().list();

            assertThat(closed).singleElement().satisfies(r -> assertThat(r.orderId()).isNotBlank());
            assertThat(positions(v3)).isEmpty();
            assertThat(v2Positions(v2)).isEmpty();
            List<UtaFill> fills = v3.getTradeFills(UtaFillsRequest.builder().category(USDT_FUTURES).build()).data().list();
            assertThat(fills).extracting(UtaFill::orderId).contains(orderId, closed.getFirst().orderId());
            UtaFill closing = fills.stream().filter(f -> f.orderId().equals(closed.getFirst().orderId())).findFirst().orElseThrow();
            assertThat(closing.side()).isEqualTo(Side.SELL);
            BigDecimal realised = closing.execPrice().subtract(entry).multiply(new BigDecimal("0.1"));
            assertThat(realised).isPositive();
            assertThat(closing.execPnl()).isEqualByComparingTo(realised);
            UtaClosedPosition history = v3.getPositionHistory(UtaPositionHistoryRequest.builder().category(USDT_FUTURES)
                    .build()).data().list().getFirst();
            assertThat(history.cumRealisedPnl()).isEqualByComparingTo(realised);
        } finally {
            server.setFuturesPrice(BTCUSDT, "60000");
        }
    }

    @Test
    void hedgeModeSetOnV3OpensWithBuyLongAndClosesWithSellLong() {
        var key = server.createHmacKey();
        try (var v3 = strictV3(key); var v2 = strictV2(key)) {
            v3.setHoldMode(UtaHoldModeRequest.of(UtaHoldMode.HEDGE_MODE));
            assertThat(v3.getAccountSettings().data().holdMode()).isEqualTo(UtaHoldMode.HEDGE_MODE);
            v3.submitNewOrder(market(Side.BUY, "0.03").posSide(PositionSide.LONG).build());
            v3.submitNewOrder(market(Side.SELL, "0.02").posSide(PositionSide.SHORT).build());

            assertThat(v2Positions(v2)).extracting(FuturesPosition::holdSide, p -> p.total().stripTrailingZeros().toPlainString())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(FuturesHoldSide.LONG, "0.03"),
                            org.assertj.core.groups.Tuple.tuple(FuturesHoldSide.SHORT, "0.02"));
            assertThat(v2Positions(v2)).allSatisfy(p -> assertThat(p.posMode()).isEqualTo(FuturesPosMode.HEDGE_MODE));

            v3.submitNewOrder(market(Side.SELL, "0.01").posSide(PositionSide.LONG).build()); // closes part of the long

            assertThat(positions(v3)).extracting(UtaPosition::posSide, p -> p.total().stripTrailingZeros().toPlainString())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(PositionSide.LONG, "0.02"),
                            org.assertj.core.groups.Tuple.tuple(PositionSide.SHORT, "0.02"));
            assertThat(positions(v3)).allSatisfy(p -> assertThat(p.holdMode()).isEqualTo("hedge_mode"));
            BitgetApiException noPosSide = failureOf(BitgetApiException.class,
                    () -> v3.submitNewOrder(market(Side.BUY, "0.01").build()));
            assertThat(noPosSide.code()).isEqualTo("40019");
        }
    }

    @Test
    void anOrderRestingOnV2IsReadModifiedAndCancelledThroughV3() {
        var key = server.createHmacKey();
        try (var v3 = strictV3(key); var v2 = strictV2(key)) {
            String orderId = FuturesState.restingOrderId(v2);

            var info = v3.getOrderInfo(OrderInfoRequest.byOrderId(orderId)).data();
            assertThat(info.category()).isEqualTo("USDT-FUTURES");
            assertThat(info.orderStatus()).isEqualTo("live");
            assertThat(info.holdMode()).isEqualTo("one_way_mode");

            BigDecimal lower = info.price().subtract(BigDecimal.TEN);
            String replaced = v3.modifyOrder(UtaModifyOrderRequest.builder().orderId(orderId).category(USDT_FUTURES)
                    .price(lower).build()).data().orderId();

            assertThat(v2.getFuturesOrder(FuturesOrderDetailRequest.byOrderId(BTCUSDT, ProductType.USDT_FUTURES, replaced))
                    .data().price()).isEqualByComparingTo(lower);
            v3.cancelOrder(new CancelOrderRequest(replaced, null, USDT_FUTURES));

            assertThat(v3.getOrderInfo(OrderInfoRequest.byOrderId(replaced)).data().orderStatus()).isEqualTo("cancelled");
            assertThat(v2.getFuturesOrder(FuturesOrderDetailRequest.byOrderId(BTCUSDT, ProductType.USDT_FUTURES, replaced))
                    .data().state()).isEqualTo(FuturesOrderStatus.CANCELED);
        }
    }
}
