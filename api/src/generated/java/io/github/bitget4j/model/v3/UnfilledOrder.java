// Generated from codegen/model/v3/trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One open (not yet completely filled) V3 order.
 *
 * @param orderId Bitget's id.
 * @param clientOid your id (Bitget assigns one when you gave none).
 * @param category e.g. SPOT, USDT-FUTURES.
 * @param symbol e.g. BTCUSDT.
 * @param orderType limit or market.
 * @param side buy or sell.
 * @param price limit price.
 * @param qty ordered quantity.
 * @param amount ordered amount in the quote coin (spot market buys).
 * @param cumExecQty filled quantity.
 * @param cumExecValue filled value in the quote coin.
 * @param avgPrice average fill price; null before the first fill.
 * @param timeInForce e.g. gtc, post_only.
 * @param orderStatus e.g. live, partially_filled.
 * @param posSide the futures position side, when there is one.
 * @param holdMode the futures position mode, when there is one.
 * @param delegateType how the order was placed.
 * @param reduceOnly yes or no.
 * @param feeDetail the fees charged so far, one element per coin.
 * @param stpMode self-trade prevention mode.
 * @param createdTime creation time, Unix milliseconds.
 * @param updatedTime last update, Unix milliseconds.
 */
public record UnfilledOrder(
        String orderId,
        @Nullable String clientOid,
        String category,
        String symbol,
        String orderType,
        String side,
        @Nullable BigDecimal price,
        @Nullable BigDecimal qty,
        @Nullable BigDecimal amount,
        @Nullable BigDecimal cumExecQty,
        @Nullable BigDecimal cumExecValue,
        @Nullable BigDecimal avgPrice,
        @Nullable String timeInForce,
        String orderStatus,
        @Nullable String posSide,
        @Nullable String holdMode,
        @Nullable String delegateType,
        @Nullable String reduceOnly,
        @Nullable List<FeeDetail> feeDetail,
        @Nullable String stpMode,
        Long createdTime,
        @Nullable Long updatedTime) {
}
