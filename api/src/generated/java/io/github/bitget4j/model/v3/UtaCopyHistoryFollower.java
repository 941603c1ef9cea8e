// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trader that followed the lead trader before.
 *
 * @param followerName the follower's alias.
 * @param totalProfit total profit.
 * @param totalShareProfit profit shared with the lead trader.
 * @param totalInvestment total invested.
 * @param startTime when following started.
 * @param endTime when following ended.
 */
public record UtaCopyHistoryFollower(
        String followerName,
        @Nullable BigDecimal totalProfit,
        @Nullable BigDecimal totalShareProfit,
        @Nullable BigDecimal totalInvestment,
        @Nullable Instant startTime,
        @Nullable Instant endTime) {
}
