package io.github.bitget4j.model.v3;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.bitget4j.errors.BitgetValidationException;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class UnifiedRequestsValidationTest {

    private static PlaceOrderRequest.Builder validMarketSell() {
        return PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT").side(Side.SELL)
                .orderType(OrderType.MARKET).qty(new BigDecimal("0.001"));
    }

    @Test
    void acceptsACompleteMarketOrder() {
        assertThatCode(() -> validMarketSell().build()).doesNotThrowAnyException();
    }

    @Test
    void orderWithoutARequiredParameterNamesIt() {
        assertThatThrownBy(() -> validMarketSell().category(null).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("category is required");
        assertThatThrownBy(() -> validMarketSell().symbol("").build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> validMarketSell().qty(null).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("qty is required");
        assertThatThrownBy(() -> validMarketSell().side(null).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("side is required");
        assertThatThrownBy(() -> validMarketSell().orderType(null).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderType is required");
    }

    @Test
    void limitOrderWithoutPriceAndNonPositiveAmountsAreRefused() {
        assertThatThrownBy(() -> validMarketSell().orderType(OrderType.LIMIT).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("price is required for a limit order");
        assertThatThrownBy(() -> validMarketSell().qty(new BigDecimal("-0.001")).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("qty must be positive, was -0.001");
        assertThatThrownBy(() -> validMarketSell().stopLoss(BigDecimal.ZERO).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("stopLoss must be positive, was 0");
    }

    @Test
    void cancelAndLookupNeedOneOfTheIds() {
        assertThatThrownBy(() -> new CancelOrderRequest(null, " ", Category.SPOT))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderId or clientOid is required");
        assertThatThrownBy(() -> new OrderInfoRequest(null, null))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderId or clientOid is required");
        assertThatThrownBy(() -> OrderInfoRequest.byOrderId(""))
                .isInstanceOf(BitgetValidationException.class).hasMessage("orderId is required");
    }

    @Test
    void marketDataQueriesNameTheirMissingParameters() {
        assertThatThrownBy(() -> InstrumentsRequest.of(null))
                .isInstanceOf(BitgetValidationException.class).hasMessage("category is required");
        assertThatThrownBy(() -> TickersRequest.of(Category.SPOT, ""))
                .isInstanceOf(BitgetValidationException.class).hasMessage("symbol is required");
        assertThatThrownBy(() -> CandlesRequest.builder().category(Category.SPOT).symbol("BTCUSDT").build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("interval is required");
        assertThatThrownBy(() -> OrderBookRequest.of(Category.SPOT, "BTCUSDT", 0))
                .isInstanceOf(BitgetValidationException.class).hasMessage("limit must be positive, was 0");
        assertThatThrownBy(() -> UnfilledOrdersRequest.builder().limit(0).build())
                .isInstanceOf(BitgetValidationException.class).hasMessage("limit must be positive, was 0");
    }
}
