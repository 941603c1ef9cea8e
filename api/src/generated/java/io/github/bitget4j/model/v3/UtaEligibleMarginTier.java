// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The margin tiers of one coin.
 *
 * @param coin coin ({@code coin})
 * @param tiers tiers ({@code tiers})
 */
public record UtaEligibleMarginTier(
        String coin,
        @Nullable List<UtaMarginTier> tiers) {
}
