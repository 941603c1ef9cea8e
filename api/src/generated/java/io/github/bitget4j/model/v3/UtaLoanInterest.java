// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

import java.math.BigDecimal;

/**
 * The estimate of a crypto loan.
 *
 * @param hourInterest interest per hour, in the borrowed coin.
 * @param loanAmount amount that can be borrowed.
 */
public record UtaLoanInterest(
        BigDecimal hourInterest,
        BigDecimal loanAmount) {
}
