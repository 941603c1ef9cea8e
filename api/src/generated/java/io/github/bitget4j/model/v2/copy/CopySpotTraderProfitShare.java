// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One settled spot profit share.
 *
 * @param profitId profit id ({@code profitId})
 * @param coin settlement coin.
 * @param distributeRatio share ratio, percent (11.11 = 11.11%).
 * @param profit profit ({@code profit})
 * @param followerName follower name ({@code followerName})
 * @param profitTime profit time ({@code profitTime})
 */
public record CopySpotTraderProfitShare(
        String profitId,
        String coin,
        @Nullable BigDecimal distributeRatio,
        BigDecimal profit,
        @Nullable String followerName,
        Instant profitTime) {
}
