// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Margin loan growth at one time.
 *
 * @param growthRate as a ratio.
 * @param ts ts ({@code ts})
 */
public record UtaMarginLoanGrowth(
        BigDecimal growthRate,
        Instant ts) {
}
