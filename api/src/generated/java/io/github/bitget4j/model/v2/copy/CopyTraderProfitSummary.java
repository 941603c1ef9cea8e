// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Overview of a trader's profit share.
 *
 * @param yesterdayProfit profit share received yesterday.
 * @param yesterdayTime settlement time of yesterday's share.
 * @param sumProfit profit share received in total.
 * @param waitProfit profit share still to be settled.
 */
public record CopyTraderProfitSummary(
        @Nullable BigDecimal yesterdayProfit,
        @Nullable Instant yesterdayTime,
        @Nullable BigDecimal sumProfit,
        @Nullable BigDecimal waitProfit) {
}
