// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The latest quote of a stock.
 *
 * @param symbol e.g. AAPL.US.
 * @param lastDone last traded price.
 * @param prevClose previous close.
 * @param open opening price.
 * @param high highest price.
 * @param low lowest price.
 * @param timestamp time of the quote, as Bitget sends it.
 * @param volume shares traded.
 * @param turnover value traded.
 * @param tradeStatus trading state.
 * @param preMarketQuote the pre-market session.
 * @param postMarketQuote the after-hours session.
 * @param overnightQuote the overnight session.
 */
public record UtaStockPlusQuote(
        String symbol,
        @Nullable BigDecimal lastDone,
        @Nullable BigDecimal prevClose,
        @Nullable BigDecimal open,
        @Nullable BigDecimal high,
        @Nullable BigDecimal low,
        @Nullable String timestamp,
        @Nullable BigDecimal volume,
        @Nullable BigDecimal turnover,
        @Nullable String tradeStatus,
        @Nullable UtaStockPlusSessionQuote preMarketQuote,
        @Nullable UtaStockPlusSessionQuote postMarketQuote,
        @Nullable UtaStockPlusSessionQuote overnightQuote) {
}
