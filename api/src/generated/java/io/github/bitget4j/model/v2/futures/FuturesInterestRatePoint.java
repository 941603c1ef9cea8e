// Generated from codegen/model/v2/futures-market.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.futures;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Union-margin interest rate at one time.
 *
 * @param ts ts
 * @param annualInterestRate annualInterestRate
 * @param dailyInterestRate dailyInterestRate
 */
public record FuturesInterestRatePoint(
        Instant ts,
        BigDecimal annualInterestRate,
        BigDecimal dailyInterestRate) {
}
