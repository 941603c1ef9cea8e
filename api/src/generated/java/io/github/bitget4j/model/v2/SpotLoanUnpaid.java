// Generated from codegen/model/v2/spot-account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Debt of one coin in a loan risk unit.
 *
 * @param coin coin ({@code coin})
 * @param unpaidQty unpaid qty ({@code unpaidQty})
 * @param unpaidInterest unpaid interest ({@code unpaidInterest})
 */
public record SpotLoanUnpaid(
        String coin,
        @Nullable BigDecimal unpaidQty,
        @Nullable BigDecimal unpaidInterest) {
}
