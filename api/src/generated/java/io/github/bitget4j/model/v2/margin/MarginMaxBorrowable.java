// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Crossed: coin fields; isolated: symbol, base and quote.
 *
 * @param coin coin
 * @param maxBorrowableAmount maxBorrowableAmount
 * @param symbol symbol
 * @param baseCoin baseCoin
 * @param baseCoinMaxBorrowAmount baseCoinMaxBorrowAmount
 * @param quoteCoin quoteCoin
 * @param quoteCoinMaxBorrowAmount quoteCoinMaxBorrowAmount
 */
public record MarginMaxBorrowable(
        @Nullable String coin,
        @Nullable BigDecimal maxBorrowableAmount,
        @Nullable String symbol,
        @Nullable String baseCoin,
        @Nullable BigDecimal baseCoinMaxBorrowAmount,
        @Nullable String quoteCoin,
        @Nullable BigDecimal quoteCoinMaxBorrowAmount) {
}
