// Generated from codegen/model/v3/copy.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A trader following the lead trader now.
 *
 * @param followerName the follower's alias.
 * @param estimateAssets estimated assets.
 * @param totalProfit total profit.
 * @param totalShareProfit profit shared with the lead trader.
 * @param totalInvestment total invested.
 * @param canRemove yes when the lead trader may remove this follower.
 * @param followDays days following.
 * @param totalAssets total assets.
 * @param startTime when following started.
 */
public record UtaCopyCurrentFollower(
        String followerName,
        @Nullable BigDecimal estimateAssets,
        @Nullable BigDecimal totalProfit,
        @Nullable BigDecimal totalShareProfit,
        @Nullable BigDecimal totalInvestment,
        @Nullable String canRemove,
        @Nullable Integer followDays,
        @Nullable BigDecimal totalAssets,
        @Nullable Instant startTime) {
}
