// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A spot tracked order that was bought and sold.
 *
 * @param trackingNo tracking no ({@code trackingNo})
 * @param fillSize filled quantity.
 * @param buyPrice buy price ({@code buyPrice})
 * @param sellPrice sell price ({@code sellPrice})
 * @param achievedPL realised profit and loss.
 * @param buyTime buy time ({@code buyTime})
 * @param sellTime sell time ({@code sellTime})
 * @param buyFee buy fee ({@code buyFee})
 * @param sellFee sell fee ({@code sellFee})
 * @param achievedPLR realised return, percent.
 * @param symbol symbol ({@code symbol})
 * @param netProfit net profit ({@code netProfit})
 * @param followCount followers who copied it.
 */
public record CopySpotTraderHistoryOrder(
        String trackingNo,
        BigDecimal fillSize,
        BigDecimal buyPrice,
        @Nullable BigDecimal sellPrice,
        @Nullable BigDecimal achievedPL,
        Instant buyTime,
        @Nullable Instant sellTime,
        @Nullable BigDecimal buyFee,
        @Nullable BigDecimal sellFee,
        @Nullable BigDecimal achievedPLR,
        String symbol,
        @Nullable BigDecimal netProfit,
        @Nullable Integer followCount) {
}
