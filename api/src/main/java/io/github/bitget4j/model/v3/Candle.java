package io.github.bitget4j.model.v3;

import io.github.bitget4j.model.FromJsonArray;
import java.math.BigDecimal;

/**
 * One V3 candlestick, sent by Bitget as a positional array of strings.
 *
 * @param ts       start of the candle, Unix milliseconds
 * @param open     first price
 * @param high     highest price
 * @param low      lowest price
 * @param close    last price
 * @param volume   traded quantity in the base coin
 * @param turnover traded value in the quote coin
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
