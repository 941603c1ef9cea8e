// Generated from codegen/model/v2/spot-trade.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One fill of a V2 spot order.
 *
 * @param userId the account's user id.
 * @param symbol e.g. BTCUSDT.
 * @param orderId order id ({@code orderId})
 * @param tradeId trade id ({@code tradeId})
 * @param orderType limit or market.
 * @param side buy or sell.
 * @param priceAvg fill price.
 * @param size filled quantity, base coin.
 * @param amount filled value, quote coin.
 * @param feeDetail the fee of this fill.
 * @param tradeScope taker or maker.
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
 */
public record SpotFill(
        String userId,
        String symbol,
        String orderId,
        String tradeId,
        String orderType,
        String side,
        BigDecimal priceAvg,
        BigDecimal size,
        BigDecimal amount,
        @Nullable SpotFillFee feeDetail,
        @Nullable String tradeScope,
        Instant cTime,
        @Nullable Instant uTime) {
}
