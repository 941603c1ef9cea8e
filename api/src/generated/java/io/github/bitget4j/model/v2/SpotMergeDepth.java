// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.model.PriceLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A merged V2 spot order book.
 *
 * @param asks offers to sell, lowest price first.
 * @param bids offers to buy, highest price first.
 * @param ts time of the snapshot.
 * @param scale the price step actually used, e.g. 0.1.
 * @param precision the grouping actually used, e.g. scale1.
 * @param isMaxPrecision YES when no coarser grouping exists, else NO.
 */
public record SpotMergeDepth(
        List<PriceLevel> asks,
        List<PriceLevel> bids,
        Instant ts,
        @Nullable BigDecimal scale,
        @Nullable String precision,
        @Nullable String isMaxPrecision) {
}
