// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Profit share settled in one coin.
 *
 * @param coin settlement coin.
 * @param profitCount total profit share in that coin.
 * @param lastProfitTime last settlement.
 */
public record CopyTraderCoinProfit(
        String coin,
        BigDecimal profitCount,
        @Nullable Instant lastProfitTime) {
}
