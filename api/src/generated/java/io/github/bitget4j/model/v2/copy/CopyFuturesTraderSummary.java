// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A futures trader's copy-trading statistics.
 *
 * @param roi return on investment, percent.
 * @param tradingOrderNum orders opened in total.
 * @param totalFollowerNum followers ever.
 * @param currentFollowerNum current follower num ({@code currentFollowerNum})
 * @param totalpl total profit in USD, sent formatted (e.g. $46.95)
 * @param gainNum profitable trades.
 * @param lossNum losing trades.
 * @param winRate percent.
 * @param tradingPairsAvailableList symbols open for copy trading.
 * @param lastWeekRoiList last week roi list ({@code lastWeekRoiList})
 * @param lastWeekProfitList last week profit list ({@code lastWeekProfitList})
 * @param lastMonthRoiList last month roi list ({@code lastMonthRoiList})
 * @param lastMonthProfitList last month profit list ({@code lastMonthProfitList})
 * @param totalEquity total equity ({@code totalEquity})
 */
public record CopyFuturesTraderSummary(
        @Nullable BigDecimal roi,
        @Nullable Integer tradingOrderNum,
        @Nullable Integer totalFollowerNum,
        @Nullable Integer currentFollowerNum,
        @Nullable String totalpl,
        @Nullable Integer gainNum,
        @Nullable Integer lossNum,
        @Nullable BigDecimal winRate,
        @Nullable List<String> tradingPairsAvailableList,
        @Nullable List<CopyRatePoint> lastWeekRoiList,
        @Nullable List<CopyAmountPoint> lastWeekProfitList,
        @Nullable List<CopyRatePoint> lastMonthRoiList,
        @Nullable List<CopyAmountPoint> lastMonthProfitList,
        @Nullable BigDecimal totalEquity) {
}
