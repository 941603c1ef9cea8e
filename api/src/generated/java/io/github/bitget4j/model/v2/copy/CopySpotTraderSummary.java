// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A spot trader's copy-trading statistics.
 *
 * @param totalFollowerNum total follower num ({@code totalFollowerNum})
 * @param currentFollowerNum current follower num ({@code currentFollowerNum})
 * @param maxFollowerNum follower cap.
 * @param tradingOrderNum trading order num ({@code tradingOrderNum})
 * @param totalpl total profit in USD, may be sent formatted.
 * @param gainNum profitable trades.
 * @param lossNum losing trades.
 * @param totalEquity total equity ({@code totalEquity})
 * @param winRate percent.
 * @param lastWeekRoiList last week roi list ({@code lastWeekRoiList})
 * @param lastMonthRoiList last month roi list ({@code lastMonthRoiList})
 * @param lastWeekProfitList last week profit list ({@code lastWeekProfitList})
 * @param lastMonthProfitList last month profit list ({@code lastMonthProfitList})
 */
public record CopySpotTraderSummary(
        @Nullable Integer totalFollowerNum,
        @Nullable Integer currentFollowerNum,
        @Nullable Integer maxFollowerNum,
        @Nullable Integer tradingOrderNum,
        @Nullable String totalpl,
        @Nullable Integer gainNum,
        @Nullable Integer lossNum,
        @Nullable BigDecimal totalEquity,
        @Nullable BigDecimal winRate,
        @Nullable List<CopyRatePoint> lastWeekRoiList,
        @Nullable List<CopyRatePoint> lastMonthRoiList,
        @Nullable List<CopyAmountPoint> lastWeekProfitList,
        @Nullable List<CopyAmountPoint> lastMonthProfitList) {
}
