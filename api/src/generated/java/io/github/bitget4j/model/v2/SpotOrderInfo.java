// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The state of one V2 spot order.
 *
 * @param userId the account's user id.
 * @param symbol e.g. BTCUSDT.
 * @param orderId Bitget's id.
 * @param clientOid your id (Bitget assigns one when you gave none).
 * @param price limit price; null or zero for a market order.
 * @param size ordered quantity (quote amount for a market buy).
 * @param orderType limit or market.
 * @param side buy or sell.
 * @param status e.g. live, partially_filled, filled, cancelled.
 * @param priceAvg average fill price; null before the first fill.
 * @param baseVolume filled quantity in the base coin.
 * @param quoteVolume filled amount in the quote coin.
 * @param enterPointSource where the order came from, e.g. API, WEB.
 * @param feeDetail the fees charged; null while there are none.
 * @param orderSource e.g. normal, market, spot_trader_buy.
 * @param cancelReason why Bitget cancelled the order, if it did.
 * @param cTime creation time, Unix milliseconds.
 * @param uTime last update, Unix milliseconds.
 */
public record SpotOrderInfo(
        String userId,
        String symbol,
        String orderId,
        @Nullable String clientOid,
        @Nullable BigDecimal price,
        BigDecimal size,
        String orderType,
        String side,
        String status,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal baseVolume,
        @Nullable BigDecimal quoteVolume,
        @Nullable String enterPointSource,
        @Nullable SpotFeeDetail feeDetail,
        @Nullable String orderSource,
        @Nullable String cancelReason,
        Long cTime,
        @Nullable Long uTime) {
}
