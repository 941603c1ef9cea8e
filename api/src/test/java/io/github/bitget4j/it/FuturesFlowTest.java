package io.github.bitget4j.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.errors.BitgetApiException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.v2.futures.FuturesAccount;
import io.github.bitget4j.model.v2.futures.FuturesAccountRequest;
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderItem;
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesBatchOrderResult;
import io.github.bitget4j.model.v2.futures.FuturesFill;
import io.github.bitget4j.model.v2.futures.FuturesFillsRequest;
import io.github.bitget4j.model.v2.futures.FuturesFlashCloseRequest;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPosition;
import io.github.bitget4j.model.v2.futures.FuturesHistoricPositionsRequest;
import io.github.bitget4j.model.v2.futures.FuturesHoldSide;
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPosMode;
import io.github.bitget4j.model.v2.futures.FuturesPosition;
import io.github.bitget4j.model.v2.futures.FuturesPositionRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetLeverageRequest;
import io.github.bitget4j.model.v2.futures.FuturesSetPositionModeRequest;
import io.github.bitget4j.model.v2.futures.FuturesTradeSide;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.v3.MarginMode;
import io.github.bitget4j.testkit.TestCredentials;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * USDT-M futures end to end through the typed V2 API against the testkit's simulated market, decoded strictly:
 * leverage, a long that moves margin and equity, a close that realises the PnL, hedge mode, a mixed batch.
 */
class FuturesFlowTest extends TestkitFixture {

    private static final String BTCUSDT = "BTCUSDT";
    private static final ProductType USDT_M = ProductType.USDT_FUTURES;

    private static RestClientV2 strictClient(TestCredentials key) {
        return new RestClientV2(optionsFor(key).strictResponses(true).build());
    }

    private static FuturesOrderRequest.Builder market(Side side, String size) {
        return FuturesOrderRequest.builder().symbol(BTCUSDT).productType(USDT_M).marginMode(MarginMode.CROSSED)
                .marginCoin("USDT").side(side).orderType(OrderType.MARKET).size(new BigDecimal(size));
    }

    private static FuturesAccount account(RestClientV2 client) {
        return client.getFuturesAccountAsset(FuturesAccountRequest.of(BTCUSDT, USDT_M, "USDT")).data();
    }

    private static List<FuturesPosition> positions(RestClientV2 client) {
        return client.getFuturesPosition(FuturesPositionRequest.of(BTCUSDT, USDT_M, "USDT")).data();
    }

    @Test
    void aTenTimesLongLocksItsMarginFollowsThePriceAndRealisesItsPnlOnClose() {
        server.setFuturesPrice(BTCUSDT, "60000");
        try (var client = strictClient(server.createHmacKey())) {
            client.setFuturesLeverage(FuturesSetLeverageRequest.of(BTCUSDT, USDT_M, "USDT", new BigDecimal("10")));
            BigDecimal availableBefore = account(client).available();

            String orderId = client.futuresSubmitOrder(market(Side.BUY, "0.1").clientOid(newClientOid("long")).build())
                    .data().orderId();

            FuturesPosition position = positions(client).getFirst();
            assertThat(position.holdSide()).isEqualTo(FuturesHoldSide.LONG);
            assertThat(position.total()).isEqualByComparingTo("0.1");
            assertThat(position.leverage()).isEqualByComparingTo("10");
            BigDecimal entry = position.openPriceAvg();
            BigDecimal margin = entry.multiply(new BigDecimal("0.1")).divide(BigDecimal.TEN);
            assertThat(position.marginSize()).isEqualByComparingTo(margin);
            assertThat(account(client).available()).isEqualByComparingTo(availableBefore.subtract(margin));

            server.setFuturesPrice(BTCUSDT, "61000");
            FuturesPosition revalued = positions(client).getFirst();
            assertThat(revalued.unrealizedPL()).isEqualByComparingTo(
                    new BigDecimal("61000").subtract(entry).multiply(new BigDecimal("0.1")));
            assertThat(account(client).accountEquity()).isEqualByComparingTo(availableBefore.add(revalued.unrealizedPL()));

            client.futuresFlashClosePositions(FuturesFlashCloseRequest.of(BTCUSDT, USDT_M));

            assertThat(positions(client)).isEmpty();
            List<FuturesFill> fills = client.getFuturesFills(FuturesFillsRequest.of(USDT_M)).data().fillList();
            assertThat(fills).extracting(FuturesFill::orderId).contains(orderId);
            FuturesFill closing = fills.stream().filter(f -> f.side() == Side.SELL).findFirst().orElseThrow();
            BigDecimal realised = closing.price().subtract(entry).multiply(new BigDecimal("0.1"));
            assertThat(closing.profit()).isEqualByComparingTo(realised);
            assertThat(realised).isPositive();
            FuturesHistoricPosition closed = client.getFuturesHistoricPositions(FuturesHistoricPositionsRequest.of(USDT_M))
                    .data().list().getFirst();
            assertThat(closed.pnl()).isEqualByComparingTo(realised);
            assertThat(account(client).available()).isEqualByComparingTo(availableBefore.add(realised));
        } finally {
            server.setFuturesPrice(BTCUSDT, "60000");
        }
    }

    @Test
    void hedgeModeHoldsALongAndAShortOnOneSymbol() {
        try (var client = strictClient(server.createHmacKey())) {
            var mode = client.setFuturesPositionMode(new FuturesSetPositionModeRequest(USDT_M, FuturesPosMode.HEDGE_MODE));
            assertThat(mode.data().posMode()).isEqualTo(FuturesPosMode.HEDGE_MODE);

            client.futuresSubmitOrder(market(Side.BUY, "0.02").tradeSide(FuturesTradeSide.OPEN).build());
            client.futuresSubmitOrder(market(Side.SELL, "0.03").tradeSide(FuturesTradeSide.OPEN).build());

            assertThat(positions(client)).extracting(FuturesPosition::holdSide, p -> p.total().stripTrailingZeros().toPlainString())
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(FuturesHoldSide.LONG, "0.02"),
                            org.assertj.core.groups.Tuple.tuple(FuturesHoldSide.SHORT, "0.03"));
            assertThat(positions(client)).allSatisfy(p -> assertThat(p.posMode()).isEqualTo(FuturesPosMode.HEDGE_MODE));
        }
    }

    @Test
    void aBatchWithOneOrderTooLargeForTheAccountPlacesTheOtherAndReportsTheFailure() {
        try (var client = strictClient(server.createHmacKey())) {
            String good = newClientOid("batch-ok");
            String bad = newClientOid("batch-too-big");
            var orders = List.of(
                    FuturesBatchOrderItem.builder().side(Side.BUY).orderType(OrderType.MARKET).size(new BigDecimal("0.01"))
                            .clientOid(good).build(),
                    FuturesBatchOrderItem.builder().side(Side.BUY).orderType(OrderType.MARKET).size(new BigDecimal("1000"))
                            .clientOid(bad).build());

            FuturesBatchOrderResult result = client.futuresBatchSubmitOrders(
                    new FuturesBatchOrderRequest(BTCUSDT, USDT_M, "USDT", MarginMode.CROSSED, orders)).data();

            assertThat(result.successList()).extracting(ids -> ids.clientOid()).containsExactly(good);
            assertThat(result.failureList()).singleElement().satisfies(failure -> {
                assertThat(failure.clientOid()).isEqualTo(bad);
                assertThat(failure.errorCode()).isEqualTo("40762");
            });
            assertThat(positions(client).getFirst().total()).isEqualByComparingTo("0.01");
        }
    }

    @Test
    void closingWhatIsNotOpenIsBitgetsNoPositionError() {
        try (var client = strictClient(server.createHmacKey())) {
            var refused = failureOf(BitgetApiException.class,
                    () -> client.futuresFlashClosePositions(FuturesFlashCloseRequest.of(BTCUSDT, USDT_M)));
            assertThat(refused.code()).isEqualTo("22002");
        }
    }
}
