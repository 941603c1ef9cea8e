// Generated from codegen/model/v2/copy-spot-follower.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A copied spot order that was bought and sold.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param traderId trader id ({@code traderId})
 * @param fillSize fill size ({@code fillSize})
 * @param buyPrice buy price ({@code buyPrice})
 * @param sellPrice sell price ({@code sellPrice})
 * @param buyFee buy fee ({@code buyFee})
 * @param sellFee sell fee ({@code sellFee})
 * @param achievedPL realised profit and loss.
 * @param achievedPLR realised return, percent.
 * @param symbol symbol ({@code symbol})
 * @param buyTime buy time ({@code buyTime})
 * @param sellTime sell time ({@code sellTime})
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
