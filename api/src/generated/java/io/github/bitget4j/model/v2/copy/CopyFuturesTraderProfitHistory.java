// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A futures trader's profit-share overview.
 *
 * @param profitSummary profitSummary
 * @param profitHistoryList profitHistoryList
 */
public record CopyFuturesTraderProfitHistory(
        @Nullable CopyTraderProfitSummary profitSummary,
        @Nullable List<CopyTraderCoinProfit> profitHistoryList) {
}
