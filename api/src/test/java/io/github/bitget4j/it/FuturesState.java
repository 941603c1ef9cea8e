package io.github.bitget4j.it;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.futures.FuturesOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesPlanOrderType;
import io.github.bitget4j.model.v2.futures.FuturesTickerRequest;
import io.github.bitget4j.model.v2.futures.FuturesTpslHoldSide;
import io.github.bitget4j.model.v2.futures.FuturesTpslOrderRequest;
import io.github.bitget4j.model.v2.futures.FuturesTpslPlanType;
import io.github.bitget4j.model.v2.futures.FuturesTriggerType;
import io.github.bitget4j.model.v2.futures.ProductType;
import io.github.bitget4j.model.v3.Category;
import io.github.bitget4j.model.v3.MarginMode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Futures orders, plan orders and positions that the table test's calls act on, made through the typed API. */
final class FuturesState {

    static final String SYMBOL = "BTCUSDT";
    static final BigDecimal SIZE = new BigDecimal("0.01");

    private FuturesState() {
    }

    static BigDecimal lastPrice(RestClientV2 client) {
        return client.getFuturesTicker(FuturesTickerRequest.of(SYMBOL, ProductType.USDT_FUTURES)).data().getFirst().lastPr();
    }

    private static FuturesOrderRequest.Builder order(Side side, OrderType type) {
        return FuturesOrderRequest.builder().symbol(SYMBOL).productType(ProductType.USDT_FUTURES)
                .marginMode(MarginMode.CROSSED).marginCoin("USDT").side(side).orderType(type).size(SIZE);
    }

    /** A limit buy far below the market, so it rests. */
    static String restingOrderId(RestClientV2 client) {
        BigDecimal price = lastPrice(client).multiply(new BigDecimal("0.8")).setScale(1, RoundingMode.DOWN);
        return client.futuresSubmitOrder(order(Side.BUY, OrderType.LIMIT).price(price).force(TimeInForce.GTC).build())
                .data().orderId();
    }

    static void openLong(RestClientV2 client) {
        client.futuresSubmitOrder(order(Side.BUY, OrderType.MARKET).build());
    }

    /** A buy trigger order far above the market, so it waits. */
    static String planOrderId(RestClientV2 client) {
        BigDecimal trigger = lastPrice(client).multiply(new BigDecimal("1.5")).setScale(1, RoundingMode.DOWN);
        return client.futuresSubmitPlanOrder(FuturesPlanOrderRequest.builder().planType(FuturesPlanOrderType.NORMAL_PLAN)
                .symbol(SYMBOL).productType(ProductType.USDT_FUTURES).marginMode(MarginMode.CROSSED).marginCoin("USDT")
                .size(SIZE).triggerPrice(trigger).triggerType(FuturesTriggerType.MARK_PRICE).side(Side.BUY)
                .orderType(OrderType.MARKET).build()).data().orderId();
    }

    /** A take-profit on a fresh long position. */
    static String takeProfitId(RestClientV2 client) {
        openLong(client);
        BigDecimal trigger = lastPrice(client).multiply(new BigDecimal("1.5")).setScale(1, RoundingMode.DOWN);
        return client.futuresSubmitTPSLOrder(FuturesTpslOrderRequest.builder().marginCoin("USDT")
                .productType(ProductType.USDT_FUTURES).symbol(SYMBOL).planType(FuturesTpslPlanType.PROFIT_PLAN)
                .triggerPrice(trigger).holdSide(FuturesTpslHoldSide.BUY).size(SIZE).build()).data().orderId();
    }

    /** Values the table test gives a call so that it acts on something that exists. */
    static Map<String, Object> idsFor(RestClientV2 client, String endpoint, String path) {
        if (path.startsWith("/api/v3/")) {
            return utaFutures(client, endpoint);
        }
        if (!path.startsWith("/api/v2/mix/")) {
            return Map.of();
        }
        return switch (endpoint) {
            case "futuresModifyPlanOrder" -> Map.of("orderId", planOrderId(client));
            case "getFuturesTriggerSubOrder" -> Map.of("planOrderId", planOrderId(client));
            case "futuresModifyTPSLPOrder" -> Map.of("orderId", takeProfitId(client));
            case "futuresSubmitTPSLOrder", "futuresSubmitPositionTPSL" -> Map.of("holdSide", FuturesTpslHoldSide.BUY);
            default -> Map.of();
        };
    }

    /**
     * V3 calls that act on the simulated futures market (the same one V2 trades on) get the futures category, and
     * the state they act on, made through V2 for the same key.
     */
    private static Map<String, Object> utaFutures(RestClientV2 client, String endpoint) {
        Category futures = Category.USDT_FUTURES;
        return switch (endpoint) {
            case "closeAllPositions" -> {
                openLong(client);
                yield Map.of("category", futures);
            }
            case "modifyOrder" -> Map.of("category", futures, "orderId", restingOrderId(client));
            case "setLeverage" -> Map.of("category", futures, "symbol", SYMBOL);
            case "getCurrentPosition", "getPositionHistory", "getHistoryOrders", "getTradeFills" -> Map.of("category", futures);
            default -> Map.of();
        };
    }
}
