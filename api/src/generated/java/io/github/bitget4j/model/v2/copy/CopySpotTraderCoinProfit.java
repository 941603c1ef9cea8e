// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Profit share settled in one coin, with its daily history.
 *
 * @param coin settlement coin.
 * @param profitCount total profit share in that coin.
 * @param lastProfitTime last profit time ({@code lastProfitTime})
 * @param historysByDateList historys by date list ({@code historysByDateList})
 */
public record CopySpotTraderCoinProfit(
        String coin,
        BigDecimal profitCount,
        @Nullable Instant lastProfitTime,
        @Nullable List<CopyDatedProfit> historysByDateList) {
}
