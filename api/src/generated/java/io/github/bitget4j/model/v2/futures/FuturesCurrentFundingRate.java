// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Current funding rate of a contract.
 *
 * @param symbol symbol ({@code symbol})
 * @param fundingRate funding rate ({@code fundingRate})
 * @param fundingRateInterval hours between settlements.
 * @param nextUpdate next update ({@code nextUpdate})
 * @param minFundingRate min funding rate ({@code minFundingRate})
 * @param maxFundingRate max funding rate ({@code maxFundingRate})
 */
public record FuturesCurrentFundingRate(
        String symbol,
        BigDecimal fundingRate,
        @Nullable Integer fundingRateInterval,
        @Nullable Instant nextUpdate,
        @Nullable BigDecimal minFundingRate,
        @Nullable BigDecimal maxFundingRate) {
}
