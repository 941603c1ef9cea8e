// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * One tier; crossed: coin, isolated: symbol.
 *
 * @param tier tier ({@code tier})
 * @param leverage leverage ({@code leverage})
 * @param coin coin ({@code coin})
 * @param maxBorrowableAmount max borrowable amount ({@code maxBorrowableAmount})
 * @param symbol symbol ({@code symbol})
 * @param baseCoin base coin ({@code baseCoin})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param baseMaxBorrowableAmount base max borrowable amount ({@code baseMaxBorrowableAmount})
 * @param quoteMaxBorrowableAmount quote max borrowable amount ({@code quoteMaxBorrowableAmount})
 * @param maintainMarginRate maintain margin rate ({@code maintainMarginRate})
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
