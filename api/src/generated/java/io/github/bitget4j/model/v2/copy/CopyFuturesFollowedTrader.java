// Generated from codegen/model/v2/copy-futures-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A futures trader the caller follows.
 *
 * @param certificationType e.g. Certified, Uncertified.
 * @param traderId traderId
 * @param traderName traderName
 * @param maxFollowLimit follower cap.
 * @param followCount current followers.
 * @param traceTotalMarginAmount margin the caller put into copies.
 * @param traceTotalNetProfit traceTotalNetProfit
 * @param traceTotalProfit traceTotalProfit
 * @param currentTradingPairs currentTradingPairs
 * @param followerTime when the caller started following.
 * @param bgbMaxFollowLimit extra follower cap granted for BGB holders.
 * @param bgbFollowCount bgbFollowCount
 */
public record CopyFuturesFollowedTrader(
        @Nullable String certificationType,
        String traderId,
        @Nullable String traderName,
        @Nullable Integer maxFollowLimit,
        @Nullable Integer followCount,
        @Nullable BigDecimal traceTotalMarginAmount,
        @Nullable BigDecimal traceTotalNetProfit,
        @Nullable BigDecimal traceTotalProfit,
        @Nullable List<String> currentTradingPairs,
        @Nullable Instant followerTime,
        @Nullable Integer bgbMaxFollowLimit,
        @Nullable Integer bgbFollowCount) {
}
