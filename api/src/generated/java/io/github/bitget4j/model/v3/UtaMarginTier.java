// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One tier of a margin ladder.
 *
 * @param tier tier number.
 * @param minTierValue lower bound of the tier.
 * @param maxTierValue upper bound of the tier.
 * @param leverage largest leverage in the tier.
 * @param mmr maintenance margin rate.
 */
public record UtaMarginTier(
        @Nullable Integer tier,
        @Nullable BigDecimal minTierValue,
        @Nullable BigDecimal maxTierValue,
        @Nullable BigDecimal leverage,
        @Nullable BigDecimal mmr) {
}
