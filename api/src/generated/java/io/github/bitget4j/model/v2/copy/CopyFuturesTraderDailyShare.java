// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Profit shared in one coin on one day.
 *
 * @param coin coin ({@code coin})
 * @param profit profit ({@code profit})
 * @param profitTime profit time ({@code profitTime})
 */
public record CopyFuturesTraderDailyShare(
        String coin,
        BigDecimal profit,
        Instant profitTime) {
}
