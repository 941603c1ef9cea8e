// Generated from codegen/model/v3/loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v3;

/**
 * The id of a new crypto loan.
 *
 * @param orderId the loan order id.
 */
public record UtaLoanOrderId(
        String orderId) {
}
