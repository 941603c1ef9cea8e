// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One open (not yet completely filled) V2 spot order.
 *
 * @param userId the account's user id.
 * @param symbol e.g. BTCUSDT.
 * @param orderId Bitget's id.
 * @param clientOid your id (Bitget assigns one when you gave none).
 * @param priceAvg the order's price (Bitget's name for it in this list).
 * @param size ordered quantity (quote amount for a market buy).
 * @param orderType limit or market.
 * @param side buy or sell.
 * @param status e.g. live, partially_filled.
 * @param basePrice average fill price so far.
 * @param baseVolume filled quantity in the base coin.
 * @param quoteVolume filled amount in the quote coin.
 * @param enterPointSource where the order came from, e.g. API, WEB.
 * @param orderSource e.g. normal, market.
 * @param presetTakeProfitPrice attached take-profit trigger price.
 * @param executeTakeProfitPrice attached take-profit execution price.
 * @param presetStopLossPrice attached stop-loss trigger price.
 * @param executeStopLossPrice attached stop-loss execution price.
 * @param cTime creation time, Unix milliseconds.
 * @param uTime last update, Unix milliseconds.
 * @param tpslType normal or tpsl.
 * @param triggerPrice trigger price of a take-profit/stop-loss order.
 */
public record SpotOpenOrder(
        String userId,
        String symbol,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal priceAvg,
        BigDecimal size,
        String orderType,
        String side,
        String status,
        @Nullable BigDecimal basePrice,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal quoteVolume,
        @Nullable String enterPointSource,
        @Nullable String orderSource,
        @Nullable BigDecimal presetTakeProfitPrice,
        @Nullable BigDecimal executeTakeProfitPrice,
        @Nullable BigDecimal presetStopLossPrice,
        @Nullable BigDecimal executeStopLossPrice,
        Long cTime,
        @Nullable Long uTime,
        @Nullable String tpslType,
        @Nullable BigDecimal triggerPrice) {
}
