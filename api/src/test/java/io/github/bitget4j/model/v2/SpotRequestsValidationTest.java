package io.github.bitget4j.model.v2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotRequestsValidationTest {

    private static SpotOrderRequest.Builder validLimitBuy() {
        return SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("27000.5")).size(new BigDecimal("0.001"));
    }

    private static SpotBatchOrderItem item(String symbol) {
        return SpotBatchOrderItem.builder().symbol(symbol).side(Side.BUY).orderType(OrderType.MARKET)
                .force(TimeInForce.GTC).size(BigDecimal.ONE).build();
    }

    @Test
    void acceptsACompleteLimitOrder() {
        assertThatCode(() -> validLimitBuy().build()).doesNotThrowAnyException();
    }

    @Test
    void orderWithoutSymbolSideTypeForceOrSizeNamesTheMissingParameter() {
        assertThatThrownBy(() -> validLimitBuy().symbol(" ").build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> SpotOrderRequest.builder().symbol("BTCUSDT").build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("side is required");
        assertThatThrownBy(() -> SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderType is required");
        assertThatThrownBy(() -> SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                .orderType(OrderType.MARKET).size(BigDecimal.ONE).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("force is required");
        assertThatThrownBy(() -> SpotOrderRequest.builder().symbol("BTCUSDT").side(Side.BUY)
                .orderType(OrderType.MARKET).force(TimeInForce.GTC).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("size is required");
    }

    @Test
    void limitOrderWithoutPriceIsRefused() {
        assertThatThrownBy(() -> validLimitBuy().price(null).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("price is required for a limit order");
    }

    @Test
    void zeroOrNegativeSizeAndPriceAreRefused() {
        assertThatThrownBy(() -> validLimitBuy().size(BigDecimal.ZERO).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("size must be positive, was 0");
        assertThatThrownBy(() -> validLimitBuy().price(new BigDecimal("-1")).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("price must be positive, was -1");
    }

    @Test
    void cancelAndLookupNeedOneOfTheIds() {
        assertThatThrownBy(() -> new SpotCancelOrderRequest("BTCUSDT", null, null, ""))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderId or clientOid is required");
        assertThatThrownBy(() -> SpotCancelOrderRequest.byOrderId("", "1"))
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> SpotCancelOrderRequest.byClientOid("BTCUSDT", null))
                .isInstanceOf(BitgetValidationException.class).hasMessage("clientOid is required");
        assertThatThrownBy(() -> new SpotOrderInfoRequest(null, null, 1L, 2L))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderId or clientOid is required");
    }

    @Test
    void marketDataQueriesNameTheirMissingParameters() {
        assertThatThrownBy(() -> SpotTickerRequest.of(""))
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> SpotCandlesRequest.of("BTCUSDT", null))
                .isInstanceOf(BitgetValidationException.class).hasMessage("granularity is required");
        assertThatThrownBy(() -> SpotCandlesRequest.of("BTCUSDT", "1min", 0))
                .isInstanceOf(BitgetValidationException.class).hasMessage("limit must be positive, was 0");
        assertThatThrownBy(() -> SpotOrderBookRequest.of(null))
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> SpotOpenOrdersRequest.builder().limit(-5).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("limit must be positive, was -5");
    }

    @Test
    void batchNeedsOrdersAndASymbolForEachMode() {
        assertThatThrownBy(() -> SpotBatchOrderRequest.single("BTCUSDT", List.of()))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderList must contain at least one element");
        assertThatThrownBy(() -> SpotBatchOrderRequest.single(" ", List.of(item("BTCUSDT"))))
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> SpotBatchOrderRequest.multiple(List.of(item("BTCUSDT"), item(null))))
                .isInstanceOf(BitgetValidationException.class)
                .hasMessage("orderList[1].symbol is required in multiple mode");
        List<SpotBatchOrderItem> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> SpotBatchOrderRequest.single("BTCUSDT", withNull))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderList must not contain null");
    }

    @Test
    void batchKeepsItsOwnCopyOfTheOrderList() {
        List<SpotBatchOrderItem> orders = new ArrayList<>(List.of(item("BTCUSDT")));
        SpotBatchOrderRequest batch = SpotBatchOrderRequest.single("BTCUSDT", orders);

        orders.add(item("ETHUSDT"));

        assertThat(batch.orderList()).hasSize(1);
    }
}
