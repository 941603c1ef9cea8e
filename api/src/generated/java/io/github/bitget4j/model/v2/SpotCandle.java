// Generated from codegen/model/v2/spot-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;

/**
 * One V2 spot candlestick.
 * Bitget sends it as a positional JSON array, in the order of the components.
 *
 * @param ts start of the candle, Unix milliseconds.
 * @param open first price.
 * @param high highest price.
 * @param low lowest price.
 * @param close last price.
 * @param baseVolume volume in the base coin.
 * @param usdtVolume volume in USDT.
 * @param quoteVolume volume in the quote coin.
 */
@FromJsonArray
public record SpotCandle(
        Long ts,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        BigDecimal baseVolume,
        BigDecimal usdtVolume,
        BigDecimal quoteVolume) {
}
