// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The quote of a stock in one extended-hours session.
 *
 * @param lastDone last traded price.
 * @param timestamp time of the quote, as Bitget sends it.
 * @param volume shares traded.
 * @param turnover value traded.
 * @param high highest price.
 * @param low lowest price.
 * @param prevClose previous close.
 */
public record UtaStockPlusSessionQuote(
        @Nullable BigDecimal lastDone,
        @Nullable String timestamp,
        @Nullable BigDecimal volume,
        @Nullable BigDecimal turnover,
        @Nullable BigDecimal high,
        @Nullable BigDecimal low,
        @Nullable BigDecimal prevClose) {
}
