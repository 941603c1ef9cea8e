// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Crossed: coin fields; isolated: base and quote.
 *
 * @param coin crossed.
 * @param transferable crossed.
 * @param borrowable crossed.
 * @param dailyInterestRate crossed.
 * @param annualInterestRate crossed.
 * @param maxBorrowableAmount crossed.
 * @param vipList crossed.
 * @param leverage leverage ({@code leverage})
 * @param symbol isolated.
 * @param baseCoin base coin ({@code baseCoin})
 * @param baseTransferable base transferable ({@code baseTransferable})
 * @param baseBorrowable base borrowable ({@code baseBorrowable})
 * @param baseDailyInterestRate base daily interest rate ({@code baseDailyInterestRate})
 * @param baseAnnuallyInterestRate base annually interest rate ({@code baseAnnuallyInterestRate})
 * @param baseMaxBorrowableAmount base max borrowable amount ({@code baseMaxBorrowableAmount})
 * @param baseVipList base vip list ({@code baseVipList})
 * @param quoteCoin quote coin ({@code quoteCoin})
 * @param quoteTransferable quote transferable ({@code quoteTransferable})
 * @param quoteBorrowable quote borrowable ({@code quoteBorrowable})
 * @param quoteDailyInterestRate quote daily interest rate ({@code quoteDailyInterestRate})
 * @param quoteAnnuallyInterestRate quote annually interest rate ({@code quoteAnnuallyInterestRate})
 * @param quoteMaxBorrowableAmount quote max borrowable amount ({@code quoteMaxBorrowableAmount})
 * @param quoteList the quote coin's VIP rates (Bitget's name).
 */
public record MarginInterestRateLimit(
        @Nullable String coin,
        @Nullable Boolean transferable,
        @Nullable Boolean borrowable,
        @Nullable BigDecimal dailyInterestRate,
        @Nullable BigDecimal annualInterestRate,
        @Nullable BigDecimal maxBorrowableAmount,
        @Nullable List<MarginVipRate> vipList,
        @Nullable BigDecimal leverage,
        @Nullable String symbol,
        @Nullable String baseCoin,
        @Nullable Boolean baseTransferable,
        @Nullable Boolean baseBorrowable,
        @Nullable BigDecimal baseDailyInterestRate,
        @Nullable BigDecimal baseAnnuallyInterestRate,
        @Nullable BigDecimal baseMaxBorrowableAmount,
        @Nullable List<MarginVipRate> baseVipList,
        @Nullable String quoteCoin,
        @Nullable Boolean quoteTransferable,
        @Nullable Boolean quoteBorrowable,
        @Nullable BigDecimal quoteDailyInterestRate,
        @Nullable BigDecimal quoteAnnuallyInterestRate,
        @Nullable BigDecimal quoteMaxBorrowableAmount,
        @Nullable List<MarginVipRate> quoteList) {
}
