// Generated from codegen/model/v2/copy-spot-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of settled spot profit shares.
 *
 * @param endId pass as idLessThan for the next (older) page.
 * @param profitList profit list ({@code profitList})
 */
public record CopySpotTraderProfitShares(
        @Nullable String endId,
        @Nullable List<CopySpotTraderProfitShare> profitList) {
}
