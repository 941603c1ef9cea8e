// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A futures trader's profit-share overview.
 *
 * @param profitSummary profit summary ({@code profitSummary})
 * @param profitHistoryList profit history list ({@code profitHistoryList})
 */
public record CopyFuturesTraderProfitHistory(
        @Nullable CopyTraderProfitSummary profitSummary,
        @Nullable List<CopyTraderCoinProfit> profitHistoryList) {
}
