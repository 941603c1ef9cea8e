// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One candle, sent as a positional array.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param ts open time.
 * @param open open
 * @param high high
 * @param low low
 * @param close close
 * @param baseVolume baseVolume
 * @param quoteVolume quoteVolume
 */
@FromJsonArray
public record FuturesCandle(
        Instant ts,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal baseVolume,
        BigDecimal quoteVolume) {
}
