// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The market-maker scoring terms of one symbol.
 *
 * @param category SPOT or FUTURES.
 * @param label the symbol's label.
 * @param symbol e.g. BTCUSDT.
 * @param requiredSpread widest spread that still scores.
 * @param minMakerVolume smallest maker volume that scores.
 * @param weight the symbol's weight.
 */
public record UtaScoreWeight(
        String category,
        @Nullable String label,
        String symbol,
        @Nullable BigDecimal requiredSpread,
        @Nullable BigDecimal minMakerVolume,
        @Nullable BigDecimal weight) {
}
