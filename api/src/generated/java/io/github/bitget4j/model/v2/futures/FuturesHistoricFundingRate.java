// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One past funding rate.
 *
 * @param symbol symbol ({@code symbol})
 * @param fundingRate funding rate ({@code fundingRate})
 * @param fundingTime funding time ({@code fundingTime})
 */
public record FuturesHistoricFundingRate(
        String symbol,
        BigDecimal fundingRate,
        Instant fundingTime) {
}
