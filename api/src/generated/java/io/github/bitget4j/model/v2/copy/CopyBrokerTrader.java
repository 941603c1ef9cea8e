// Generated from codegen/model/v2/copy-broker.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A copy trader as a broker sees it.
 *
 * @param canTrace whether the trader can be followed now.
 * @param traderId trader id ({@code traderId})
 * @param traderName trader name ({@code traderName})
 * @param maxLimit follower cap.
 * @param bgbMaxFollowLimit extra follower cap for BGB holders.
 * @param followCount follow count ({@code followCount})
 * @param bgbFollowCount bgb follow count ({@code bgbFollowCount})
 * @param traderStatus trader status ({@code traderStatus})
 * @param totalEquity may be masked (****).
 * @param currentTradingList symbols the trader trades now.
 * @param columnList performance figures, labelled in languageType.
 * @param totalFollowers total followers ({@code totalFollowers})
 * @param profitCount profitable trades.
 * @param lossCount losing trades.
 */
public record CopyBrokerTrader(
        @Nullable String canTrace,
        String traderId,
        @Nullable String traderName,
        @Nullable Integer maxLimit,
        @Nullable Integer bgbMaxFollowLimit,
        @Nullable Integer followCount,
        @Nullable Integer bgbFollowCount,
        @Nullable String traderStatus,
        @Nullable String totalEquity,
        @Nullable List<String> currentTradingList,
        @Nullable List<CopyBrokerTraderColumn> columnList,
        @Nullable Integer totalFollowers,
        @Nullable Integer profitCount,
        @Nullable Integer lossCount) {
}
