// Generated from codegen/model/v3/stock-plus.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A stock held in Stock+.
 *
 * @param symbol e.g. AAPL.US.
 * @param symbolName the stock's name.
 * @param quantity shares held.
 * @param availableQuantity shares that can be sold.
 * @param initQuantity shares held at the start of the day.
 * @param currency e.g. USD.
 * @param costPrice average cost.
 * @param market market, e.g. US.
 */
public record UtaStockPlusPosition(
        String symbol,
        @Nullable String symbolName,
        BigDecimal quantity,
        @Nullable BigDecimal availableQuantity,
        @Nullable BigDecimal initQuantity,
        @Nullable String currency,
        @Nullable BigDecimal costPrice,
        @Nullable String market) {
}
