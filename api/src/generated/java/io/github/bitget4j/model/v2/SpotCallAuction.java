// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * State of a spot call auction.
 *
 * @param stage the auction phase.
 * @param stageEndTime end of the current phase.
 * @param estOpeningPrice estimated opening price; null before any match.
 * @param matchedVolume quantity matched so far; null before any match.
 * @param auctionEndTime end of the whole auction.
 */
public record SpotCallAuction(
        String stage,
        @Nullable Instant stageEndTime,
        @Nullable BigDecimal estOpeningPrice,
        @Nullable BigDecimal matchedVolume,
        @Nullable Instant auctionEndTime) {
}
