package io.github.bitget4j.model.v2;

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

class SpotRequestsJsonTest {

    private final Gson gson = BitgetJson.gson();

    @Test
    void writesMarketDataQueriesWithOnlyTheGivenParameters() {
        assertThat(gson.toJson(SpotTickerRequest.of("BTCUSDT"))).isEqualTo("{\"symbol\":\"BTCUSDT\"}");
        assertThat(gson.toJson(SpotTickerRequest.all())).isEqualTo("{}");
        assertThat(gson.toJson(SpotCandlesRequest.of("BTCUSDT", "1min", 200)))
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"granularity\":\"1min\",\"limit\":\"200\"}");
        assertThat(gson.toJson(new SpotCandlesRequest("BTCUSDT", "1h", 1695800000000L, 1695806875837L, null)))
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"granularity\":\"1h\",\"startTime\":\"1695800000000\","
                        + "\"endTime\":\"1695806875837\"}");
        assertThat(gson.toJson(new SpotOrderBookRequest("BTCUSDT", "step0", 50)))
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"type\":\"step0\",\"limit\":\"50\"}");
        assertThat(gson.toJson(SpotAssetsRequest.ofCoin("USDT"))).isEqualTo("{\"coin\":\"USDT\"}");
        assertThat(gson.toJson(SpotAssetsRequest.all())).isEqualTo("{}");
    }

    @Test
    void writesALimitOrderWithWireEnumsAndPlainDecimalStrings() {
        SpotOrderRequest order = SpotOrderRequest.builder()
                .symbol("BTCUSDT").side(Side.BUY).orderType(OrderType.LIMIT).force(TimeInForce.POST_ONLY)
                .price(new BigDecimal("2.70005E+4")).size(new BigDecimal("1E-8"))
                .clientOid("a<b>&c='d'").stpMode(StpMode.CANCEL_TAKER)
                .build();

        assertThat(gson.toJson(order)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"side\":\"buy\",\"orderType\":\"limit\","
                + "\"force\":\"post_only\",\"price\":\"27000.5\",\"size\":\"0.00000001\",\"clientOid\":\"a<b>&c='d'\","
                + "\"stpMode\":\"cancel_taker\"}");
    }

    @Test
    void writesEveryOptionalOrderParameterWhenGiven() {
        SpotOrderRequest order = SpotOrderRequest.builder()
                .symbol("BTCUSDT").side(Side.SELL).orderType(OrderType.MARKET).force(TimeInForce.GTC)
                .size(new BigDecimal("0.5")).triggerPrice(new BigDecimal("26000")).tpslType(TpslType.TPSL)
                .requestTime(1695806875837L).receiveWindow(5000L)
                .presetTakeProfitPrice(new BigDecimal("30000")).executeTakeProfitPrice(new BigDecimal("29999.9"))
                .presetStopLossPrice(new BigDecimal("25000")).executeStopLossPrice(new BigDecimal("24999.9"))
                .build();

        assertThat(gson.toJson(order)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"side\":\"sell\",\"orderType\":\"market\","
                + "\"force\":\"gtc\",\"size\":\"0.5\",\"triggerPrice\":\"26000\",\"tpslType\":\"tpsl\","
                + "\"requestTime\":\"1695806875837\",\"receiveWindow\":\"5000\",\"presetTakeProfitPrice\":\"30000\","
                + "\"executeTakeProfitPrice\":\"29999.9\",\"presetStopLossPrice\":\"25000\","
                + "\"executeStopLossPrice\":\"24999.9\"}");
    }

    @Test
    void writesABatchAsOneObjectWithTheOrderList() {
        SpotBatchOrderItem first = SpotBatchOrderItem.builder().side(Side.BUY).orderType(OrderType.LIMIT)
                .force(TimeInForce.GTC).price(new BigDecimal("27000.50")).size(new BigDecimal("0.001"))
                .clientOid("grid-1").build();
        SpotBatchOrderItem second = SpotBatchOrderItem.builder().side(Side.SELL).orderType(OrderType.MARKET)
                .force(TimeInForce.IOC).size(new BigDecimal("0.002")).build();

        assertThat(gson.toJson(SpotBatchOrderRequest.single("BTCUSDT", List.of(first, second))))
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"orderList\":["
                        + "{\"side\":\"buy\",\"orderType\":\"limit\",\"force\":\"gtc\",\"price\":\"27000.50\","
                        + "\"size\":\"0.001\",\"clientOid\":\"grid-1\"},"
                        + "{\"side\":\"sell\",\"orderType\":\"market\",\"force\":\"ioc\",\"size\":\"0.002\"}]}");
    }

    @Test
    void writesAMultipleModeBatchWithSymbolsPerOrder() {
        SpotBatchOrderItem eth = SpotBatchOrderItem.builder().symbol("ETHUSDT").side(Side.BUY)
                .orderType(OrderType.MARKET).force(TimeInForce.GTC).size(new BigDecimal("10")).build();

        assertThat(gson.toJson(SpotBatchOrderRequest.multiple(List.of(eth))))
                .isEqualTo("{\"batchMode\":\"multiple\",\"orderList\":[{\"symbol\":\"ETHUSDT\",\"side\":\"buy\","
                        + "\"orderType\":\"market\",\"force\":\"gtc\",\"size\":\"10\"}]}");
    }

    @Test
    void writesCancelAndLookupByEitherId() {
        assertThat(gson.toJson(SpotCancelOrderRequest.byOrderId("BTCUSDT", "1098394041925599232")))
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"orderId\":\"1098394041925599232\"}");
        assertThat(gson.toJson(new SpotCancelOrderRequest("BTCUSDT", TpslType.TPSL, null, "my-1")))
                .isEqualTo("{\"symbol\":\"BTCUSDT\",\"tpslType\":\"tpsl\",\"clientOid\":\"my-1\"}");
        assertThat(gson.toJson(SpotOrderInfoRequest.byClientOid("my-1"))).isEqualTo("{\"clientOid\":\"my-1\"}");
        assertThat(gson.toJson(new SpotOrderInfoRequest("42", null, 1695806875837L, 3000L)))
                .isEqualTo("{\"orderId\":\"42\",\"requestTime\":\"1695806875837\",\"receiveWindow\":\"3000\"}");
    }

    @Test
    void writesOpenOrdersQueryFromTheBuilder() {
        SpotOpenOrdersRequest query = SpotOpenOrdersRequest.builder().symbol("BTCUSDT").startTime(1695800000000L)
                .endTime(1695806875837L).idLessThan("1098394041925599232").limit(50).orderId("7")
                .tpslType(TpslType.NORMAL).requestTime(1695806875837L).receiveWindow(5000L).build();

        assertThat(gson.toJson(query)).isEqualTo("{\"symbol\":\"BTCUSDT\",\"startTime\":\"1695800000000\","
                + "\"endTime\":\"1695806875837\",\"idLessThan\":\"1098394041925599232\",\"limit\":\"50\","
                + "\"orderId\":\"7\",\"tpslType\":\"normal\",\"requestTime\":\"1695806875837\","
                + "\"receiveWindow\":\"5000\"}");
        assertThat(gson.toJson(SpotOpenOrdersRequest.all())).isEqualTo("{}");
    }
}
