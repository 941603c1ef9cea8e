package io.github.bitget4j.model.v3;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import io.github.bitget4j.internal.json.BitgetJson;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.StpMode;
import io.github.bitget4j.model.TimeInForce;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedRequestsJsonTest {

    private final Gson gson = BitgetJson.gson();

    @Test
    void writesEveryCategoryAsItsWireValue() {
        assertThat(gson.toJson(known(Category.values())))
                .isEqualTo("[\"SPOT\",\"MARGIN\",\"USDT-FUTURES\",\"COIN-FUTURES\",\"USDC-FUTURES\"]");
    }

    @Test
    void writesMarketDataQueries() {
        assertThat(gson.toJson(InstrumentsRequest.of(Category.USDT_FUTURES)))
                .isEqualTo("{\"category\":\"USDT-FUTURES\"}");
        assertThat(gson.toJson(TickersRequest.of(Category.SPOT, "BTCUSDT")))
                .isEqualTo("{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\"}");
        assertThat(gson.toJson(OrderBookRequest.of(Category.COIN_FUTURES, "BTCUSD", 50)))
                .isEqualTo("{\"category\":\"COIN-FUTURES\",\"symbol\":\"BTCUSD\",\"limit\":\"50\"}");
        assertThat(gson.toJson(CandlesRequest.of(Category.SPOT, "BTCUSDT", "1H")))
                .isEqualTo("{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\",\"interval\":\"1H\"}");
        assertThat(gson.toJson(CandlesRequest.builder().category(Category.USDC_FUTURES).symbol("BTCPERP")
                .interval("1m").startTime(1695800000000L).endTime(1695806875837L).type(CandleType.MARK)
                .limit(100).build()))
                .isEqualTo("{\"category\":\"USDC-FUTURES\",\"symbol\":\"BTCPERP\",\"interval\":\"1m\","
                        + "\"startTime\":\"1695800000000\",\"endTime\":\"1695806875837\",\"type\":\"MARK\","
                        + "\"limit\":\"100\"}");
    }

    @Test
    void writesASpotLimitOrderWithPlainDecimalsAndNoHtmlEscaping() {
        PlaceOrderRequest order = PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT")
                .side(Side.BUY).orderType(OrderType.LIMIT).qty(new BigDecimal("1E-8"))
                .price(new BigDecimal("27000.50")).timeInForce(TimeInForce.GTC).clientOid("<x>&y='z'").build();

        assertThat(gson.toJson(order)).isEqualTo("{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\","
                + "\"qty\":\"0.00000001\",\"price\":\"27000.50\",\"side\":\"buy\",\"orderType\":\"limit\","
                + "\"timeInForce\":\"gtc\",\"clientOid\":\"<x>&y='z'\"}");
    }

    @Test
    void writesEveryFuturesOrderParameterWhenGiven() {
        PlaceOrderRequest order = PlaceOrderRequest.builder().category(Category.USDT_FUTURES).symbol("BTCUSDT")
                .side(Side.SELL).orderType(OrderType.MARKET).qty(new BigDecimal("0.01"))
                .timeInForce(TimeInForce.IOC).posSide(PositionSide.SHORT).clientOid("f-1")
                .reduceOnly(ReduceOnly.YES).marginMode(MarginMode.ISOLATED).stpMode(StpMode.CANCEL_MAKER)
                .tpTriggerBy(TriggerBy.MARK).slTriggerBy(TriggerBy.MARKET)
                .takeProfit(new BigDecimal("25000")).stopLoss(new BigDecimal("29000"))
                .tpOrderType(OrderType.LIMIT).slOrderType(OrderType.MARKET)
                .tpLimitPrice(new BigDecimal("24999.5")).slLimitPrice(new BigDecimal("29000.5"))
                .build();

        assertThat(gson.toJson(order)).isEqualTo("{\"category\":\"USDT-FUTURES\",\"symbol\":\"BTCUSDT\","
                + "\"qty\":\"0.01\",\"side\":\"sell\",\"orderType\":\"market\",\"timeInForce\":\"ioc\","
                + "\"posSide\":\"short\",\"clientOid\":\"f-1\",\"reduceOnly\":\"yes\",\"marginMode\":\"isolated\","
                + "\"stpMode\":\"cancel_maker\",\"tpTriggerBy\":\"mark\",\"slTriggerBy\":\"market\","
                + "\"takeProfit\":\"25000\",\"stopLoss\":\"29000\",\"tpOrderType\":\"limit\","
                + "\"slOrderType\":\"market\",\"tpLimitPrice\":\"24999.5\",\"slLimitPrice\":\"29000.5\"}");
    }

    @Test
    void writesABatchAsAnArrayOfOrders() {
        PlaceOrderRequest buy = PlaceOrderRequest.builder().category(Category.SPOT).symbol("BTCUSDT")
                .side(Side.BUY).orderType(OrderType.MARKET).qty(BigDecimal.TEN).build();

        assertThat(gson.toJson(List.of(buy, buy))).isEqualTo("[{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\","
                + "\"qty\":\"10\",\"side\":\"buy\",\"orderType\":\"market\"},{\"category\":\"SPOT\","
                + "\"symbol\":\"BTCUSDT\",\"qty\":\"10\",\"side\":\"buy\",\"orderType\":\"market\"}]");
    }

    @Test
    void writesCancelLookupAndUnfilledQueries() {
        assertThat(gson.toJson(CancelOrderRequest.byOrderId("1234567890123456789")))
                .isEqualTo("{\"orderId\":\"1234567890123456789\"}");
        assertThat(gson.toJson(new CancelOrderRequest(null, "my-1", Category.MARGIN)))
                .isEqualTo("{\"clientOid\":\"my-1\",\"category\":\"MARGIN\"}");
        assertThat(gson.toJson(OrderInfoRequest.byClientOid("my-1"))).isEqualTo("{\"clientOid\":\"my-1\"}");
        assertThat(gson.toJson(UnfilledOrdersRequest.all())).isEqualTo("{}");
        assertThat(gson.toJson(UnfilledOrdersRequest.builder().category(Category.SPOT).symbol("BTCUSDT")
                .startTime(1L).endTime(2L).limit(20).cursor("abc").build()))
                .isEqualTo("{\"category\":\"SPOT\",\"symbol\":\"BTCUSDT\",\"startTime\":\"1\",\"endTime\":\"2\","
                        + "\"limit\":\"20\",\"cursor\":\"abc\"}");
    }

    /** The constants a request may send: UNKNOWN only exists to read values Bitget adds later. */
    private static <E extends Enum<E>> java.util.List<E> known(E[] values) {
        return java.util.Arrays.stream(values).filter(v -> !v.name().equals("UNKNOWN")).toList();
    }
}
