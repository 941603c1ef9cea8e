// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One tier; crossed: coin, isolated: symbol.
 *
 * @param tier tier
 * @param leverage leverage
 * @param coin coin
 * @param maxBorrowableAmount maxBorrowableAmount
 * @param symbol symbol
 * @param baseCoin baseCoin
 * @param quoteCoin quoteCoin
 * @param baseMaxBorrowableAmount baseMaxBorrowableAmount
 * @param quoteMaxBorrowableAmount quoteMaxBorrowableAmount
 * @param maintainMarginRate maintainMarginRate
 * @param initRate isolated only.
 */
public record MarginTier(
        String tier,
        @Nullable BigDecimal leverage,
        @Nullable String coin,
        @Nullable BigDecimal maxBorrowableAmount,
        @Nullable String symbol,
        @Nullable String baseCoin,
        @Nullable String quoteCoin,
        @Nullable BigDecimal baseMaxBorrowableAmount,
        @Nullable BigDecimal quoteMaxBorrowableAmount,
        @Nullable BigDecimal maintainMarginRate,
        @Nullable BigDecimal initRate) {
}
