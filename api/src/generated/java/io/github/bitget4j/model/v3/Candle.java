// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;

/**
 * One V3 candlestick.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param ts start of the candle, Unix milliseconds.
 * @param open first price.
 * @param high highest price.
 * @param low lowest price.
 * @param close last price.
 * @param volume traded quantity in the base coin.
 * @param turnover traded value in the quote coin.
 */
@FromJsonArray
public record Candle(
        Long ts,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal volume,
        BigDecimal turnover) {
}
