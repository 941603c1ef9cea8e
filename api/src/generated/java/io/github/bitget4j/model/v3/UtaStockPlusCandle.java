// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One candlestick of a stock.
 *
 * @param timestamp start of the candle, as Bitget sends it.
 * @param open first price.
 * @param high highest price.
 * @param low lowest price.
 * @param close last price.
 * @param volume shares traded.
 * @param turnover value traded.
 * @param tradeSession the session it belongs to.
 */
public record UtaStockPlusCandle(
        String timestamp,
        BigDecimal open,
        BigDecimal high,
        BigDecimal low,
        BigDecimal close,
        @Nullable BigDecimal volume,
        @Nullable BigDecimal turnover,
        @Nullable String tradeSession) {
}
