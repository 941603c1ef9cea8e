// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Spot profit share still to be settled from one follower.
 *
 * @param distributeRatio share ratio, percent.
 * @param coin settlement coin.
 * @param profit profit ({@code profit})
 * @param followerName follower name ({@code followerName})
 */
public record CopySpotTraderPendingShare(
        @Nullable BigDecimal distributeRatio,
        String coin,
        BigDecimal profit,
        @Nullable String followerName) {
}
