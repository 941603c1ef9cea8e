// Generated from codegen/model/v3/ins-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * What is owed in one coin of an institutional loan.
 *
 * @param coin e.g. USDT.
 * @param unpaidQty principal owed.
 * @param unpaidInterest interest owed.
 */
public record UtaInsLoanUnpaid(
        String coin,
        BigDecimal unpaidQty,
        @Nullable BigDecimal unpaidInterest) {
}
