// Generated from codegen/model/v2/copy-futures-trader.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.copy;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of settled profit shares.
 *
 * @param profitList profit list ({@code profitList})
 * @param endId pass as idLessThan for the next (older) page.
 */
public record CopyFuturesTraderProfitShares(
        @Nullable List<CopyFuturesTraderProfitShare> profitList,
        @Nullable String endId) {
}
