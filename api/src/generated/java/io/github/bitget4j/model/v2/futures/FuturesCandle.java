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
 * @param open open ({@code open})
 * @param high high ({@code high})
 * @param low low ({@code low})
 * @param close close ({@code close})
 * @param baseVolume base volume ({@code baseVolume})
 * @param quoteVolume quote volume ({@code quoteVolume})
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
