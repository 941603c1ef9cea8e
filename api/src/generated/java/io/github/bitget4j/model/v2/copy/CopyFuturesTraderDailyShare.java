// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Profit shared in one coin on one day.
 *
 * @param coin coin
 * @param profit profit
 * @param profitTime profitTime
 */
public record CopyFuturesTraderDailyShare(
        String coin,
        BigDecimal profit,
        Instant profitTime) {
}
