// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spot trader's profit-share overview.
 *
 * @param profitSummarys profit summarys ({@code profitSummarys})
 * @param profitHistoryList profit history list ({@code profitHistoryList})
 */
public record CopySpotTraderProfitOverview(
        @Nullable CopyTraderProfitSummary profitSummarys,
        @Nullable List<CopySpotTraderCoinProfit> profitHistoryList) {
}
