// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Current funding rate of a contract.
 *
 * @param symbol symbol
 * @param fundingRate fundingRate
 * @param fundingRateInterval hours between settlements.
 * @param nextUpdate nextUpdate
 * @param minFundingRate minFundingRate
 * @param maxFundingRate maxFundingRate
 */
public record FuturesCurrentFundingRate(
        String symbol,
        BigDecimal fundingRate,
        @Nullable Integer fundingRateInterval,
        @Nullable Instant nextUpdate,
        @Nullable BigDecimal minFundingRate,
        @Nullable BigDecimal maxFundingRate) {
}
