// Generated from codegen/model/v3/account.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * Outcome of a repayment.
 *
 * @param result e.g. success.
 * @param repayAmount amount repaid.
 */
public record UtaRepayResult(
        @Nullable String result,
        @Nullable BigDecimal repayAmount) {
}
