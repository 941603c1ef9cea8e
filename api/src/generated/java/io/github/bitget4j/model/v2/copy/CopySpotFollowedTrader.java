// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A spot trader the caller follows.
 *
 * @param certificationType certificationType
 * @param traceTotalAmount amount the caller put into copies.
 * @param traceTotalNetProfit traceTotalNetProfit
 * @param traceTotalProfit traceTotalProfit
 * @param traderName traderName
 * @param traderId traderId
 * @param maxFollowLimit maxFollowLimit
 * @param bgbMaxFollowLimit bgbMaxFollowLimit
 * @param followCount followCount
 * @param bgbFollowCount bgbFollowCount
 * @param followerTime followerTime
 */
public record CopySpotFollowedTrader(
        @Nullable String certificationType,
        @Nullable BigDecimal traceTotalAmount,
        @Nullable BigDecimal traceTotalNetProfit,
        @Nullable BigDecimal traceTotalProfit,
        @Nullable String traderName,
        String traderId,
        @Nullable Integer maxFollowLimit,
        @Nullable Integer bgbMaxFollowLimit,
        @Nullable Integer followCount,
        @Nullable Integer bgbFollowCount,
        @Nullable Instant followerTime) {
}
