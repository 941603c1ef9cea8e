// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One fee tier of a V3 fee group.
 *
 * @param level e.g. PRO1.
 * @param makerFeeRate maker fee rate as a ratio.
 * @param takerFeeRate taker fee rate as a ratio (PRO tiers only).
 */
public record UtaFeeGroupTier(
        String level,
        @Nullable BigDecimal makerFeeRate,
        @Nullable BigDecimal takerFeeRate) {
}
