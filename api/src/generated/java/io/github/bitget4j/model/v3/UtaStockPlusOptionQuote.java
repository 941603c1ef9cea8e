// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The latest quote of an option.
 *
 * @param symbol the option symbol.
 * @param lastDone last traded price.
 * @param prevClose previous close.
 * @param open opening price.
 * @param high highest price.
 * @param low lowest price.
 * @param timestamp time of the quote, as Bitget sends it.
 * @param volume contracts traded.
 * @param turnover value traded.
 * @param tradeStatus trading state.
 * @param impliedVolatility implied volatility.
 * @param openInterest open interest.
 * @param expiryDate expiry date, as Bitget writes it.
 * @param strikePrice strike price.
 * @param contractMultipier contract multiplier (Bitget's spelling).
 * @param contractType contract type, as Bitget names it.
 * @param contractSize contract size.
 * @param direction call or put, as Bitget names it.
 * @param historicalVolatility historical volatility.
 * @param underlyingSymbol the underlying stock.
 */
public record UtaStockPlusOptionQuote(
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
        @Nullable BigDecimal impliedVolatility,
        @Nullable BigDecimal openInterest,
        @Nullable String expiryDate,
        @Nullable BigDecimal strikePrice,
        @Nullable BigDecimal contractMultipier,
        @Nullable String contractType,
        @Nullable BigDecimal contractSize,
        @Nullable String direction,
        @Nullable BigDecimal historicalVolatility,
        @Nullable String underlyingSymbol) {
}
