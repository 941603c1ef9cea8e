// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

import java.math.BigDecimal;

/**
 * Estimated loan for a given collateral.
 *
 * @param hourInterest hourly interest, in the loan coin.
 * @param loanAmount amount you could borrow.
 */
public record EarnLoanEstimate(
        BigDecimal hourInterest,
        BigDecimal loanAmount) {
}
