// Generated from codegen/model/v3/market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The interest rates and borrowing limits of one coin.
 *
 * @param dailyInterest daily interest rate.
 * @param annualInterest annual interest rate.
 * @param limit borrowing limit.
 * @param masterSubLimit shared limit of a main account and its sub-accounts.
 * @param platformRemaingQuota what the platform can still lend (Bitget's spelling).
 */
public record UtaMarginLoan(
        @Nullable BigDecimal dailyInterest,
        @Nullable BigDecimal annualInterest,
        @Nullable BigDecimal limit,
        @Nullable BigDecimal masterSubLimit,
        @Nullable BigDecimal platformRemaingQuota) {
}
