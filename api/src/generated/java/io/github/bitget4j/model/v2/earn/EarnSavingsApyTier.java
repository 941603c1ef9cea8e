// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One interest tier of a savings product.
 *
 * @param rateLevel tier number, from 0.
 * @param minStepVal lowest amount of this tier.
 * @param maxStepVal highest amount of this tier.
 * @param currentApy yearly rate of this tier, in percent.
 */
public record EarnSavingsApyTier(
        Integer rateLevel,
        @Nullable BigDecimal minStepVal,
        @Nullable BigDecimal maxStepVal,
        BigDecimal currentApy) {
}
