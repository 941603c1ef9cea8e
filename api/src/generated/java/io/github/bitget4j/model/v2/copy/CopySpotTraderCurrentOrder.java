// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A spot tracked order still held.
 *
 * @param trackingNo trackingNo
 * @param orderId the buy order.
 * @param buyFillSize filled buy quantity.
 * @param buyDelegateSize ordered buy quantity.
 * @param buyPrice buyPrice
 * @param unrealizedPL unrealizedPL
 * @param buyTime buyTime
 * @param buyFee buyFee
 * @param unrealizedPLR unrealised return, percent.
 * @param symbol symbol
 * @param stopLossPrice stopLossPrice
 * @param stopSurplusPrice stopSurplusPrice
 * @param followCount followCount
 */
public record CopySpotTraderCurrentOrder(
        String trackingNo,
        String orderId,
        BigDecimal buyFillSize,
        @Nullable BigDecimal buyDelegateSize,
        BigDecimal buyPrice,
        @Nullable BigDecimal unrealizedPL,
        Instant buyTime,
        @Nullable BigDecimal buyFee,
        @Nullable BigDecimal unrealizedPLR,
        String symbol,
        @Nullable BigDecimal stopLossPrice,
        @Nullable BigDecimal stopSurplusPrice,
        @Nullable Integer followCount) {
}
