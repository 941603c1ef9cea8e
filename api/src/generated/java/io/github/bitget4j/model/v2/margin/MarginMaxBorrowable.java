// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Crossed: coin fields; isolated: symbol, base and quote.
 *
 * @param coin coin ({@code coin})
 * @param maxBorrowableAmount max borrowable amount ({@code maxBorrowableAmount})
 * @param symbol symbol ({@code symbol})
 * @param baseCoin base coin ({@code baseCoin})
 * @param baseCoinMaxBorrowAmount base coin max borrow amount ({@code baseCoinMaxBorrowAmount})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param quoteCoinMaxBorrowAmount quote coin max borrow amount ({@code quoteCoinMaxBorrowAmount})
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
