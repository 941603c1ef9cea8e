// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One settled profit share.
 *
 * @param profitId profit id ({@code profitId})
 * @param coin settlement coin.
 * @param profit amount shared.
 * @param nickName follower's alias.
 * @param profitTime profit time ({@code profitTime})
 */
public record CopyFuturesTraderProfitShare(
        String profitId,
        String coin,
        BigDecimal profit,
        @Nullable String nickName,
        Instant profitTime) {
}
