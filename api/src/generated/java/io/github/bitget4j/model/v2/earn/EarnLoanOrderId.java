// Generated from codegen/model/v2/earn-loan.model by bitget4j-codegen; edit the model, not this file.
package io.github.bitget4j.model.v2.earn;

/**
 * Id of a new loan.
 *
 * @param orderId order id ({@code orderId})
 */
public record EarnLoanOrderId(
        String orderId) {
}
