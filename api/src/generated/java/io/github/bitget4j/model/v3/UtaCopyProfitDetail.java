// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Profit shared by one follower in one settlement.
 *
 * @param followerName the follower's alias.
 * @param profit the follower's profit.
 * @param allocatedPnl profit already paid out.
 * @param pendingPnl profit still to be paid out.
 * @param shareRatio share of the profit that goes to the lead trader.
 * @param shareProfit profit shared with the lead trader.
 * @param reason why it was settled, e.g. period or unfollow.
 * @param settleTime when it was settled.
 */
public record UtaCopyProfitDetail(
        String followerName,
        @Nullable BigDecimal profit,
        @Nullable BigDecimal allocatedPnl,
        @Nullable BigDecimal pendingPnl,
        @Nullable BigDecimal shareRatio,
        @Nullable BigDecimal shareProfit,
        @Nullable String reason,
        @Nullable Instant settleTime) {
}
