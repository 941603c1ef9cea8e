// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A coin that can be borrowed, with its interest rates and limits.
 *
 * @param coin e.g. USDT.
 * @param hourRateFlexible hourly interest rate of a flexible loan.
 * @param rateFlexible yearly interest rate of a flexible loan.
 * @param hourRate7D hourly interest rate of a 7-day loan.
 * @param rate7D yearly interest rate of a 7-day loan.
 * @param hourRate30D hourly interest rate of a 30-day loan.
 * @param rate30D yearly interest rate of a 30-day loan.
 * @param minBorrowAmount smallest loan, in the coin.
 * @param maxBorrowAmount largest loan, in the coin.
 * @param minBorrowLimit smallest loan, in USDT.
 * @param maxBorrowLimit largest loan, in USDT.
 */
public record UtaLoanCoinInfo(
        String coin,
        @Nullable BigDecimal hourRateFlexible,
        @Nullable BigDecimal rateFlexible,
        @Nullable BigDecimal hourRate7D,
        @Nullable BigDecimal rate7D,
        @Nullable BigDecimal hourRate30D,
        @Nullable BigDecimal rate30D,
        @Nullable BigDecimal minBorrowAmount,
        @Nullable BigDecimal maxBorrowAmount,
        @Nullable BigDecimal minBorrowLimit,
        @Nullable BigDecimal maxBorrowLimit) {
}
