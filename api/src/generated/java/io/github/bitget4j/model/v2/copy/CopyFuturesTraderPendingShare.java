// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Profit share still to be settled from one follower.
 *
 * @param coin settlement coin.
 * @param profit profit ({@code profit})
 * @param nickName follower's alias.
 */
public record CopyFuturesTraderPendingShare(
        String coin,
        BigDecimal profit,
        @Nullable String nickName) {
}
