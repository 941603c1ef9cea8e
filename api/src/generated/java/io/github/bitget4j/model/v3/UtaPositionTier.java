// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One position tier of a V3 symbol or margin coin.
 *
 * @param tier tier number, from 1.
 * @param minTierValue lower bound of the tier (futures only).
 * @param maxTierValue upper bound of the tier (futures only).
 * @param leverage largest leverage in this tier.
 * @param mmr maintenance margin ratio.
 */
public record UtaPositionTier(
        Integer tier,
        @Nullable BigDecimal minTierValue,
        @Nullable BigDecimal maxTierValue,
        BigDecimal leverage,
        BigDecimal mmr) {
}
