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
 * @param traderId trader id ({@code traderId})
 * @param traderName trader name ({@code traderName})
 * @param maxFollowLimit follower cap.
 * @param followCount current followers.
 * @param traceTotalMarginAmount margin the caller put into copies.
 * @param traceTotalNetProfit trace total net profit ({@code traceTotalNetProfit})
 * @param traceTotalProfit trace total profit ({@code traceTotalProfit})
 * @param currentTradingPairs current trading pairs ({@code currentTradingPairs})
 * @param followerTime when the caller started following.
 * @param bgbMaxFollowLimit extra follower cap granted for BGB holders.
 * @param bgbFollowCount bgb follow count ({@code bgbFollowCount})
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
