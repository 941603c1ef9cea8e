// Generated from codegen/model/v2/earn-savings.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One interest tier applied to a savings holding.
 *
 * @param rateLevel rate level ({@code rateLevel})
 * @param minApy lowest amount of this tier (Bitget's name).
 * @param maxApy highest amount of this tier (Bitget's name).
 * @param currentApy yearly rate, in percent.
 */
public record EarnSavingsAssetApy(
        Integer rateLevel,
        @Nullable BigDecimal minApy,
        @Nullable BigDecimal maxApy,
        BigDecimal currentApy) {
}
