// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The current funding rate of one V3 perpetual contract.
 *
 * @param symbol e.g. BTCUSDT.
 * @param fundingRate current rate as a ratio (0.0001 = 0.01%).
 * @param fundingRateInterval settlement period in hours: 1, 2, 4 or 8.
 * @param nextUpdate next settlement time.
 * @param minFundingRate lowest rate allowed.
 * @param maxFundingRate highest rate allowed.
 * @param cashDividend cash dividend per share (stock contracts).
 * @param cashDividendNextUpdate next cash dividend time, Unix milliseconds.
 */
public record UtaFundingRate(
        String symbol,
        BigDecimal fundingRate,
        @Nullable Integer fundingRateInterval,
        @Nullable Instant nextUpdate,
        @Nullable BigDecimal minFundingRate,
        @Nullable BigDecimal maxFundingRate,
        @Nullable BigDecimal cashDividend,
        @Nullable Long cashDividendNextUpdate) {
}
