// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.util.List;

/**
 * Candlesticks of a stock.
 *
 * @param list the candles.
 */
public record UtaStockPlusCandles(
        List<UtaStockPlusCandle> list) {
}
