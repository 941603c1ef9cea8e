// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order or swap made by a liquidation.
 *
 * @param orderId orderId
 * @param symbol place_order records only.
 * @param orderType orderType
 * @param side e.g. liquidation-sell.
 * @param priceAvg priceAvg
 * @param price price
 * @param fillSize fillSize
 * @param size size
 * @param amount amount
 * @param fromCoin swap records only.
 * @param toCoin toCoin
 * @param fromSize fromSize
 * @param toSize toSize
 * @param cTime cTime
 * @param uTime uTime
 */
public record MarginLiquidationOrder(
        String orderId,
        @Nullable String symbol,
        @Nullable String orderType,
        @Nullable String side,
        @Nullable BigDecimal priceAvg,
        @Nullable BigDecimal price,
        @Nullable BigDecimal fillSize,
        @Nullable BigDecimal size,
        @Nullable BigDecimal amount,
        @Nullable String fromCoin,
        @Nullable String toCoin,
        @Nullable BigDecimal fromSize,
        @Nullable BigDecimal toSize,
        Instant cTime,
        @Nullable Instant uTime) {
}
