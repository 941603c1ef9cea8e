// Generated from codegen/model/v2/margin.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.margin;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Interest rate and borrow limit of one VIP level.
 *
 * @param level VIP level.
 * @param limit borrow limit at this level.
 * @param dailyInterestRate daily interest rate ({@code dailyInterestRate})
 * @param annualInterestRate crossed only.
 * @param annuallyInterestRate isolated only (Bitget's spelling).
 * @param discountRate discount rate ({@code discountRate})
 */
public record MarginVipRate(
        String level,
        @Nullable BigDecimal limit,
        @Nullable BigDecimal dailyInterestRate,
        @Nullable BigDecimal annualInterestRate,
        @Nullable BigDecimal annuallyInterestRate,
        @Nullable BigDecimal discountRate) {
}
