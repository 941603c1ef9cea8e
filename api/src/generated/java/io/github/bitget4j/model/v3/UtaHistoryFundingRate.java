// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One past funding settlement of a V3 perpetual contract.
 *
 * @param symbol e.g. BTCUSDT.
 * @param fundingRate the settled rate as a ratio.
 * @param fundingRateTimestamp settlement time.
 */
public record UtaHistoryFundingRate(
        String symbol,
        BigDecimal fundingRate,
        Instant fundingRateTimestamp) {
}
