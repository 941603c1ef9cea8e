// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A copied spot order that was bought and sold.
 *
 * @param trackingNo trackingNo
 * @param traderId traderId
 * @param fillSize fillSize
 * @param buyPrice buyPrice
 * @param sellPrice sellPrice
 * @param buyFee buyFee
 * @param sellFee sellFee
 * @param achievedPL realised profit and loss.
 * @param achievedPLR realised return, percent.
 * @param symbol symbol
 * @param buyTime buyTime
 * @param sellTime sellTime
 */
public record CopySpotFollowerHistoryOrder(
        String trackingNo,
        String traderId,
        BigDecimal fillSize,
        BigDecimal buyPrice,
        @Nullable BigDecimal sellPrice,
        @Nullable BigDecimal buyFee,
        @Nullable BigDecimal sellFee,
        @Nullable BigDecimal achievedPL,
        @Nullable BigDecimal achievedPLR,
        String symbol,
        Instant buyTime,
        @Nullable Instant sellTime) {
}
