// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An order or swap made by a liquidation.
 *
 * @param orderId order id ({@code orderId})
 * @param symbol place_order records only.
 * @param orderType order type ({@code orderType})
 * @param side e.g. liquidation-sell.
 * @param priceAvg price avg ({@code priceAvg})
 * @param price price ({@code price})
 * @param fillSize fill size ({@code fillSize})
 * @param size size ({@code size})
 * @param amount amount ({@code amount})
 * @param fromCoin swap records only.
 * @param toCoin to coin ({@code toCoin})
 * @param fromSize from size ({@code fromSize})
 * @param toSize to size ({@code toSize})
 * @param cTime c time ({@code cTime})
 * @param uTime u time ({@code uTime})
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
