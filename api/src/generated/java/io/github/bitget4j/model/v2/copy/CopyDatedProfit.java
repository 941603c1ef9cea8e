// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Profit share of one settlement.
 *
 * @param profit profit ({@code profit})
 * @param profitTime profit time ({@code profitTime})
 */
public record CopyDatedProfit(
        BigDecimal profit,
        Instant profitTime) {
}
