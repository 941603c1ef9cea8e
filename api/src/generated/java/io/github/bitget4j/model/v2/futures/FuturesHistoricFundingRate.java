// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One past funding rate.
 *
 * @param symbol symbol
 * @param fundingRate fundingRate
 * @param fundingTime fundingTime
 */
public record FuturesHistoricFundingRate(
        String symbol,
        BigDecimal fundingRate,
        Instant fundingTime) {
}
