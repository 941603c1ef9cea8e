// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A spot trader the caller follows.
 *
 * @param certificationType certification type ({@code certificationType})
 * @param traceTotalAmount amount the caller put into copies.
 * @param traceTotalNetProfit trace total net profit ({@code traceTotalNetProfit})
 * @param traceTotalProfit trace total profit ({@code traceTotalProfit})
 * @param traderName trader name ({@code traderName})
 * @param traderId trader id ({@code traderId})
 * @param maxFollowLimit max follow limit ({@code maxFollowLimit})
 * @param bgbMaxFollowLimit bgb max follow limit ({@code bgbMaxFollowLimit})
 * @param followCount follow count ({@code followCount})
 * @param bgbFollowCount bgb follow count ({@code bgbFollowCount})
 * @param followerTime follower time ({@code followerTime})
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
