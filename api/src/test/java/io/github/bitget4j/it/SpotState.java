package io.github.bitget4j.it;

import io.github.bitget4j.RestClientV2;
import io.github.bitget4j.model.OrderType;
import io.github.bitget4j.model.Side;
import io.github.bitget4j.model.TimeInForce;
import io.github.bitget4j.model.v2.SpotAccountType;
import io.github.bitget4j.model.v2.SpotOrderRequest;
import io.github.bitget4j.model.v2.SpotPlanOrderRequest;
import io.github.bitget4j.model.v2.SpotTriggerType;
import io.github.bitget4j.model.v2.SpotWithdrawRequest;
import java.math.BigDecimal;
import java.util.Map;

/** Spot orders, plan orders and withdrawals that the table and flow tests act on, made through the typed API. */
final class SpotState {

    static final String SYMBOL = "BTCUSDT";

    private SpotState() {
    }

    /** A buy plan order triggering far above the testkit's BTCUSDT market (about 60000), so it waits. */
    static String planOrderId(RestClientV2 client) {
        return client.spotSubmitPlanOrder(SpotPlanOrderRequest.builder().symbol(SYMBOL).side(Side.BUY)
                .triggerPrice(new BigDecimal("90000")).orderType(OrderType.LIMIT).executePrice(new BigDecimal("90001"))
                .size(new BigDecimal("0.001")).triggerType(SpotTriggerType.FILL_PRICE).build()).data().orderId();
    }

    /** A pending withdrawal of 1 USDT. */
    static String withdrawalId(RestClientV2 client) {
        return client.spotWithdraw(SpotWithdrawRequest.onChain("USDT", "TTestkitAddress", "trc20", BigDecimal.ONE))
                .data().orderId();
    }

    /** A market sell of 0.001 BTC: one order, filled at once against the market maker's best bid, one fill. */
    static String marketSell(RestClientV2 client) {
        return client.spotSubmitOrder(SpotOrderRequest.builder().symbol(SYMBOL).side(Side.SELL).orderType(OrderType.MARKET)
                .force(TimeInForce.GTC).size(new BigDecimal("0.001")).build()).data().orderId();
    }

    /** Request values the generic table test cannot guess for the V2 spot calls that act on existing state. */
    static Map<String, Object> idsFor(RestClientV2 client, String endpoint) {
        return switch (endpoint) {
            case "spotModifyPlanOrder", "spotCancelPlanOrder" -> Map.of("orderId", planOrderId(client));
            case "getSpotPlanSubOrder" -> Map.of("planOrderId", planOrderId(client));
            case "spotCancelWithdrawal" -> Map.of("orderId", withdrawalId(client));
            case "spotTransfer" -> Map.of("fromType", SpotAccountType.SPOT, "toType", SpotAccountType.USDT_FUTURES);
            default -> Map.of();
        };
    }
}
