// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Union-margin interest rate at one time.
 *
 * @param ts ts ({@code ts})
 * @param annualInterestRate annual interest rate ({@code annualInterestRate})
 * @param dailyInterestRate daily interest rate ({@code dailyInterestRate})
 */
public record FuturesInterestRatePoint(
        Instant ts,
        BigDecimal annualInterestRate,
        BigDecimal dailyInterestRate) {
}
